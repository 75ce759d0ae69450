package dev.rex.graphql.sqlite;

import dev.rex.graphql.suites.SubscriptionSuite;

class SqliteSubscriptionTest extends SubscriptionSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }
}
