package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.CompletionSuite;

class PostgresCompletionTest extends CompletionSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
