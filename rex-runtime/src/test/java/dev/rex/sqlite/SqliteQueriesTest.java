package dev.rex.sqlite;

import dev.rex.suites.QueriesSuite;

class SqliteQueriesTest extends QueriesSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
