package dev.rex.mysql.suites;

import dev.rex.suites.RecordsSuite;
import dev.rex.testing.FixtureDatabase;

@Unsupported({
  "updatesAndDeletesReturnTheirRows: there is no RETURNING, and only an insert's row can be read back by its key",
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
