package dev.rex.postgres;

import dev.rex.suites.RoundTripSuite;

class PostgresRoundTripTest extends RoundTripSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
