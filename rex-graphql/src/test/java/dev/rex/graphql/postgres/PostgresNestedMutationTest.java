package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.NestedMutationSuite;

class PostgresNestedMutationTest extends NestedMutationSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
