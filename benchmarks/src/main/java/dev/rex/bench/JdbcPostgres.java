package dev.rex.bench;

/** {@link JdbcBenchmarks} on PostgreSQL. */
public class JdbcPostgres extends JdbcBenchmarks {

  @Override
  Chinook createDatabase() {
    return Chinook.postgres();
  }
}
