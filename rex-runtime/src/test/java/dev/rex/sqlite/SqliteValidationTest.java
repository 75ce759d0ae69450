package dev.rex.sqlite;

import dev.rex.suites.ValidationSuite;

class SqliteValidationTest extends ValidationSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
