package dev.rex.realtime.sqlite;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.chinook.sqlite.Tables;
import dev.rex.realtime.suites.SlowHttpClientSuite;

class SqliteSlowHttpClientTest extends SlowHttpClientSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }

  @Override
  protected Table<? extends Record> album() {
    return Tables.ALBUM;
  }

  @Override
  protected Table<? extends Record> artist() {
    return Tables.ARTIST;
  }
}
