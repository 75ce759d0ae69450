package dev.rex.mysql.suites;

import dev.rex.suites.TransactionsSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlTransactionsTest extends TransactionsSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
