package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.CompletionSuite;

class SqliteCompletionTest extends CompletionSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
