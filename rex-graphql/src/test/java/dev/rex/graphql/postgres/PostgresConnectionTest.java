package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.ConnectionSuite;

class PostgresConnectionTest extends ConnectionSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
