package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.MutationAccessSuite;

class PostgresMutationAccessTest extends MutationAccessSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
