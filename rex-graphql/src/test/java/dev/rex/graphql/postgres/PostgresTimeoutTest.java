package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.TimeoutSuite;

class PostgresTimeoutTest extends TimeoutSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
