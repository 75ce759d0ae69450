package dev.rex.sqlite;

import dev.rex.suites.RoundTripSuite;

class SqliteRoundTripTest extends RoundTripSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
