package dev.rex.sqlite;

import dev.rex.suites.BatchesAndStreamsSuite;

class SqliteBatchesAndStreamsTest extends BatchesAndStreamsSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
