package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.ValueTypesSuite;

class PostgresValueTypesTest extends ValueTypesSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
