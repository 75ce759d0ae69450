package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.MutationSuite;

class SqliteMutationTest extends MutationSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
