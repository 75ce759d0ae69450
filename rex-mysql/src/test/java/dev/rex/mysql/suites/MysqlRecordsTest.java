package dev.rex.mysql.suites;

import dev.rex.suites.RecordsSuite;
import dev.rex.testing.FixtureDatabase;

@Unsupported({
  "insertReturnsTheGeneratedKey: there is no RETURNING",
  "updatesAndDeletesReturnTheirRows: there is no RETURNING",
  "updateReadsAnotherTableWithFrom: MySQL has no UPDATE … FROM (it writes multi-table UPDATE), and the dialect does not render one"
})
class MysqlRecordsTest extends RecordsSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
