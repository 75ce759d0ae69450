package dev.rex.bench;

/** {@link JdbcBenchmarks} on SQLite. */
public class JdbcSqlite extends JdbcBenchmarks {

  @Override
  Chinook createDatabase() {
    return Chinook.sqlite();
  }
}
