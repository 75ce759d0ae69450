package dev.rex.mysql.suites;

import dev.rex.suites.QueryTimeoutSuite;
import dev.rex.testing.FixtureDatabase;

class MysqlQueryTimeoutTest extends QueryTimeoutSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  /**
   * Billions of rows to count. Not the suite's recursive query: MariaDB stops a recursion after
   * max_recursive_iterations (1,000 by default) without an error; and not SLEEP(), which a
   * cancelled statement ends by returning 1, not by failing.
   */
  @Override
  protected String slowQuery() {
    return "select count(*) from information_schema.collations a, information_schema.collations b,"
        + " information_schema.collations c, information_schema.collations d";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }
}
