package dev.rex.mysql.suites;

import dev.rex.suites.QueriesSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlQueriesTest extends QueriesSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
