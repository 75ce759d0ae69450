package dev.rex.bench;

/** {@link JooqBenchmarks} on PostgreSQL. */
public class JooqPostgres extends JooqBenchmarks {

  @Override
  Chinook createDatabase() {
    return Chinook.postgres();
  }
}
