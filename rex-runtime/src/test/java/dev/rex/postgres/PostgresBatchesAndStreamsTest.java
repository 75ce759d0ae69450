package dev.rex.postgres;

import dev.rex.suites.BatchesAndStreamsSuite;

class PostgresBatchesAndStreamsTest extends BatchesAndStreamsSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
