package dev.rex.sqlite;

import dev.rex.suites.RecordsSuite;

class SqliteRecordsTest extends RecordsSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
