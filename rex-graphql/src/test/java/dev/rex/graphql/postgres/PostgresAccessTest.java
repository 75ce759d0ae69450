package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.AccessSuite;

class PostgresAccessTest extends AccessSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
