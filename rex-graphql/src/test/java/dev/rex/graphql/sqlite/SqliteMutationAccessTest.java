package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.MutationAccessSuite;

class SqliteMutationAccessTest extends MutationAccessSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
