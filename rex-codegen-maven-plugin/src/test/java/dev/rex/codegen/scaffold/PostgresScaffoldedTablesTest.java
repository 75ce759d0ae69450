package dev.rex.codegen.scaffold;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.PostgresServer;
import dev.rex.codegen.TargetDialects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;

/** Scaffolded tables on PostgreSQL ({@code REX_TEST_POSTGRES_URL}, else embedded). */
class PostgresScaffoldedTablesTest extends ScaffoldedTablesContract {

  private PostgresServer.@Nullable TestDatabase database;

  @Override
  protected JdbcTarget database() throws Exception {
    if (database == null) {
      database = PostgresServer.get().createDatabase();
    }
    return database.target();
  }

  @Override
  protected TableDdl ddl() {
    TableDdl ddl = TargetDialects.named("postgres").tableDdl();
    if (ddl == null) {
      throw new AssertionError("no DDL");
    }
    return ddl;
  }

  @AfterEach
  void drop() throws Exception {
    if (database != null) {
      database.close();
    }
  }
}
