package dev.rex.sqlite;

import dev.rex.suites.ListenersSuite;

class SqliteListenersTest extends ListenersSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
