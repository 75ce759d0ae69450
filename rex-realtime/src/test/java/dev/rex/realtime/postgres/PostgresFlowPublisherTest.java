package dev.rex.realtime.postgres;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.chinook.postgres.Tables;
import dev.rex.realtime.suites.FlowPublisherSuite;

class PostgresFlowPublisherTest extends FlowPublisherSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }

  @Override
  protected Table<? extends Record> album() {
    return Tables.ALBUM;
  }
}
