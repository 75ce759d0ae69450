package dev.rex.postgres;

import dev.rex.suites.RecordsSuite;

class PostgresRecordsTest extends RecordsSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
