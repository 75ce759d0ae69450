package dev.rex.mysql.suites;

import dev.rex.suites.BatchesAndStreamsSuite;
import dev.rex.testing.FixtureDatabase;

@Unsupported({
  "aStreamThatMeetsAValueItCannotReadFailsTypedAndReleasesItsConnection: MariaDB Connector/J reports a text it cannot read as a date as an SQLException, so the failure is a DataAccessException rather than an InvalidValueException"
})
class MysqlBatchesAndStreamsTest extends BatchesAndStreamsSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
