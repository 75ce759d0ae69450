package dev.rex.sqlite;

import dev.rex.suites.RowPredicateSuite;

class SqliteRowPredicateTest extends RowPredicateSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
