package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.AggregateSuite;

class PostgresAggregateTest extends AggregateSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
