package dev.rex.postgres;

import dev.rex.suites.TransactionsSuite;

class PostgresTransactionsTest extends TransactionsSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
