package dev.rex.sqlite;

import dev.rex.suites.QueryTimeoutSuite;

class SqliteQueryTimeoutTest extends QueryTimeoutSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
