package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.ConnectionSuite;

class SqliteConnectionTest extends ConnectionSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
