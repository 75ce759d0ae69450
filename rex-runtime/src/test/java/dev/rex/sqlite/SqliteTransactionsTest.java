package dev.rex.sqlite;

import dev.rex.suites.TransactionsSuite;

class SqliteTransactionsTest extends TransactionsSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
