package dev.rex.postgres;

import dev.rex.suites.QueryTimeoutSuite;

class PostgresQueryTimeoutTest extends QueryTimeoutSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
