package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.AggregateSuite;

class SqliteAggregateTest extends AggregateSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
