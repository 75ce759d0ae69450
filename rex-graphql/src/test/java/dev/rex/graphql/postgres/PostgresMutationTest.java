package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.MutationSuite;

class PostgresMutationTest extends MutationSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
