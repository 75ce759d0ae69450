package dev.rex.postgres;

import dev.rex.hostile.HostileInputSuite;

class PostgresHostileInputTest extends HostileInputSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
