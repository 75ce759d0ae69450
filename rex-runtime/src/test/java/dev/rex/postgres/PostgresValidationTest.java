package dev.rex.postgres;

import dev.rex.suites.ValidationSuite;

class PostgresValidationTest extends ValidationSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
