package dev.rex.codegen.maven;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The migration goals on a fresh PostgreSQL database. */
class PostgresMigrationGoalsTest extends MigrationGoalsContract {

  private PostgresServer.TestDatabase database;

  @BeforeEach
  void createDatabase() throws Exception {
    database = PostgresServer.get().createDatabase();
  }

  @AfterEach
  void dropDatabase() throws Exception {
    database.close();
  }

  @Override
  JdbcTarget database() {
    return database.target();
  }

  @Override
  String tablesQuery() {
    return "select table_name from information_schema.tables where table_schema = 'public'"
        + " order by table_name";
  }

  @Override
  boolean locksTheWholeRun() {
    return true;
  }

  @Override
  String slowStatement() {
    return "select pg_sleep(1)";
  }

  @Override
  String missingTableMessage() {
    return "relation \"nowhere\" does not exist";
  }
}
