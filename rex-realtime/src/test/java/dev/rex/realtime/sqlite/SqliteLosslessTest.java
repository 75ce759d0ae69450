package dev.rex.realtime.sqlite;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.chinook.sqlite.Tables;
import dev.rex.realtime.suites.LosslessSuite;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** On SQLite the writers take the write lock at the start of each transaction. */
class SqliteLosslessTest extends LosslessSuite {

  @Override
  protected String dialect() {
    return "sqlite";
  }

  @Override
  protected Table<? extends Record> track() {
    return Tables.TRACK;
  }

  @Override
  protected Connection writerConnection() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    try (Statement statement = connection.createStatement()) {
      statement.execute("pragma busy_timeout = 30000");
    }
    return connection;
  }

  @Override
  protected void begin(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("begin immediate");
    }
  }

  @Override
  protected void commit(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("commit");
    }
  }
}
