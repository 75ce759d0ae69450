package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.ValueTypesSuite;

class SqliteValueTypesTest extends ValueTypesSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
