package dev.rex.sqlite;

import dev.rex.suites.CacheSuite;

class SqliteCacheTest extends CacheSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }
}
