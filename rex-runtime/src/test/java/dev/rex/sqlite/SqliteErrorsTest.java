package dev.rex.sqlite;

import dev.rex.suites.ErrorsSuite;

class SqliteErrorsTest extends ErrorsSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
