package dev.rex.codegen.maven;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@code rex:subscribe} on a fresh PostgreSQL database. */
class PostgresSubscribeMojoTest extends SubscribeGoalContract {

  private PostgresServer.TestDatabase database;

  @BeforeEach
  @Override
  void setUpProject() throws Exception {
    database = PostgresServer.get().createDatabase();
    super.setUpProject();
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
