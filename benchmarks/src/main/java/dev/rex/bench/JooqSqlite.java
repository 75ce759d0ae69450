package dev.rex.bench;

/** {@link JooqBenchmarks} on SQLite. */
public class JooqSqlite extends JooqBenchmarks {

  @Override
  Chinook createDatabase() {
    return Chinook.sqlite();
  }
}
