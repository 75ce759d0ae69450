package dev.rex.mysql.suites;

import dev.rex.suites.ListenersSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlListenersTest extends ListenersSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
