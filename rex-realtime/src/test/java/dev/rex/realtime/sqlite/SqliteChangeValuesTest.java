package dev.rex.realtime.sqlite;

import dev.rex.realtime.suites.ChangeValuesSuite;

class SqliteChangeValuesTest extends ChangeValuesSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
