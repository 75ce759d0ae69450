package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.QuerySuite;

class PostgresQueryTest extends QuerySuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
