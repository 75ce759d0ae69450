package dev.rex.codegen.scaffold;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.TargetDialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Scaffolded tables on an SQLite temp file. */
class SqliteScaffoldedTablesTest extends ScaffoldedTablesContract {

  @Override
  protected JdbcTarget database() {
    return JdbcTarget.of("jdbc:sqlite:" + dir.resolve("app.db"));
  }

  @Override
  protected Connection connect() throws Exception {
    Connection connection = DriverManager.getConnection(database().url());
    try (Statement statement = connection.createStatement()) {
      statement.execute("pragma foreign_keys = on");
    }
    return connection;
  }

  @Override
  protected TableDdl ddl() {
    TableDdl ddl = TargetDialects.named("sqlite").tableDdl();
    if (ddl == null) {
      throw new AssertionError("no DDL");
    }
    return ddl;
  }
}
