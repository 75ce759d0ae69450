package dev.rex.postgres;

import dev.rex.suites.ListenersSuite;

class PostgresListenersTest extends ListenersSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
