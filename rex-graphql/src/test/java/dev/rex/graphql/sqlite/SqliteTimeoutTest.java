package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.TimeoutSuite;

class SqliteTimeoutTest extends TimeoutSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
