package dev.rex.mysql.suites;

import dev.rex.suites.RowPredicateSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlRowPredicateTest extends RowPredicateSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }

  /**
   * Text in the database's own collation: the tests' databases are made with {@code
   * utf8mb4_nopad_bin}, under which the server compares as Rex's in-memory evaluation does.
   */
  @Override
  protected String sampleDdl(String collation) {
    return "create table sample (id integer primary key, i integer, j integer, b bigint,"
        + " n decimal(12, 3), x double, t text, u text, flag boolean, d date, ts datetime(6))";
  }
}
