package dev.rex.realtime.postgres;

import dev.rex.realtime.suites.ChangeValuesSuite;

class PostgresChangeValuesTest extends ChangeValuesSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
