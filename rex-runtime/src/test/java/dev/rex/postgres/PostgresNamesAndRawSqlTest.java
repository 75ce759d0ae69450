package dev.rex.postgres;

import dev.rex.suites.NamesAndRawSqlSuite;

class PostgresNamesAndRawSqlTest extends NamesAndRawSqlSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
