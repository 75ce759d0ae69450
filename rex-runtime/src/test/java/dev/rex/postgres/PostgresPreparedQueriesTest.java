package dev.rex.postgres;

import dev.rex.suites.PreparedQueriesSuite;

class PostgresPreparedQueriesTest extends PreparedQueriesSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
