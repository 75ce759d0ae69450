package dev.rex.codegen.maven;

import dev.rex.codegen.JdbcTarget;

/** The migration goals on an SQLite file. */
class SqliteMigrationGoalsTest extends MigrationGoalsContract {

  @Override
  JdbcTarget database() {
    return JdbcTarget.of("jdbc:sqlite:" + dir.resolve("app.db"));
  }

  @Override
  String tablesQuery() {
    return "select name from sqlite_master where type = 'table' order by name";
  }

  @Override
  boolean locksTheWholeRun() {
    return false;
  }

  @Override
  String slowStatement() {
    return "insert into slow with recursive r(n) as (select 1 union all select n + 1 from r"
        + " where n < 1000000) select n from r";
  }

  @Override
  String missingTableMessage() {
    return "no such table: nowhere";
  }
}
