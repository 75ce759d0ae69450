package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.NestedMutationSuite;

class SqliteNestedMutationTest extends NestedMutationSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
