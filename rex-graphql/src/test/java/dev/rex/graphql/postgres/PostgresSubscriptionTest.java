package dev.rex.graphql.postgres;

import dev.rex.graphql.suites.SubscriptionSuite;

class PostgresSubscriptionTest extends SubscriptionSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }
}
