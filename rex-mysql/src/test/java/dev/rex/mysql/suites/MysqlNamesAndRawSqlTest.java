package dev.rex.mysql.suites;

import dev.rex.suites.NamesAndRawSqlSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlNamesAndRawSqlTest extends NamesAndRawSqlSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
