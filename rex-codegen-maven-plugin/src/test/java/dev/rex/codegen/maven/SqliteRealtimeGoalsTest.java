package dev.rex.codegen.maven;

import dev.rex.codegen.JdbcTarget;

/** {@code rex:realtime} on an SQLite file. */
class SqliteRealtimeGoalsTest extends RealtimeGoalsContract {

  @Override
  JdbcTarget database() {
    return JdbcTarget.of("jdbc:sqlite:" + dir.resolve("app.db"));
  }

  @Override
  String dialect() {
    return "sqlite";
  }
}
