package dev.rex.codegen.maven;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@code rex:realtime} on a fresh PostgreSQL database. */
class PostgresRealtimeGoalsTest extends RealtimeGoalsContract {

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
  String dialect() {
    return "postgres";
  }
}
