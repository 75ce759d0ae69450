package dev.rex.postgres;

import dev.rex.suites.QueriesSuite;

class PostgresQueriesTest extends QueriesSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
