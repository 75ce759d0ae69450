package dev.rex.postgres;

import dev.rex.suites.RowPredicateSuite;

class PostgresRowPredicateTest extends RowPredicateSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
