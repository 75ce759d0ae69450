package dev.rex.sqlite;

import dev.rex.suites.PreparedQueriesSuite;

class SqlitePreparedQueriesTest extends PreparedQueriesSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
