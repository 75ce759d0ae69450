package dev.rex.sqlite;

import dev.rex.hostile.HostileInputSuite;

class SqliteHostileInputTest extends HostileInputSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
