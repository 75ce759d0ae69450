package dev.rex.mysql.suites;

import dev.rex.suites.CacheSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlCacheTest extends CacheSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
