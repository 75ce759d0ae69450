package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.QuerySuite;

class SqliteQueryTest extends QuerySuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
