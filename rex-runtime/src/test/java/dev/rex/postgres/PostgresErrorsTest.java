package dev.rex.postgres;

import dev.rex.suites.ErrorsSuite;

class PostgresErrorsTest extends ErrorsSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
