package dev.rex.postgres;

import dev.rex.suites.CacheSuite;

class PostgresCacheTest extends CacheSuite {

  @Override
  protected String dialect() {
    return "postgres";
  }
}
