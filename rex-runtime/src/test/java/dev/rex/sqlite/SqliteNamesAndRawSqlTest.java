package dev.rex.sqlite;

import dev.rex.suites.NamesAndRawSqlSuite;

class SqliteNamesAndRawSqlTest extends NamesAndRawSqlSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
