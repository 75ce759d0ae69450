package dev.rex.mysql.suites;

import dev.rex.suites.PreparedQueriesSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlPreparedQueriesTest extends PreparedQueriesSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
