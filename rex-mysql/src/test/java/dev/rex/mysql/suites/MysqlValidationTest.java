package dev.rex.mysql.suites;

import dev.rex.suites.ValidationSuite;
import dev.rex.testing.FixtureDatabase;

@Unsupported({
  "registeredRulesRunOnTheSamePathAsDeclaredConstraints: the test counts two statements for two inserts; a record insert here is two (the insert and the read-back of its generated key and defaults)"
})
class MysqlValidationTest extends ValidationSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
