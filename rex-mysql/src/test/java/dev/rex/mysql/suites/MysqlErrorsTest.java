package dev.rex.mysql.suites;

import dev.rex.suites.ErrorsSuite;
import dev.rex.testing.FixtureDatabase;

@Unsupported({
  "duplicateKeyIsAUniqueViolationNamingTableAndConstraint: the server's duplicate-key message names the key but not the table, so the violation has no table",
  "missingRequiredValueIsANotNullViolationNamingTheColumn: the server's not-null message names the column but not the table, so the violation has no table"
})
class MysqlErrorsTest extends ErrorsSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
