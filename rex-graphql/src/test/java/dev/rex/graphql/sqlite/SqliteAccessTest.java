package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.AccessSuite;

class SqliteAccessTest extends AccessSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
