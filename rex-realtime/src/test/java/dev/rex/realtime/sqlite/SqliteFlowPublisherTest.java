package dev.rex.realtime.sqlite;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.chinook.sqlite.Tables;
import dev.rex.realtime.suites.FlowPublisherSuite;

class SqliteFlowPublisherTest extends FlowPublisherSuite {
  @Override
  protected String dialect() {
    return "sqlite";
  }

  @Override
  protected Table<? extends Record> album() {
    return Tables.ALBUM;
  }
}
