package dev.rex.bench;

/** {@link JooqBenchmarks} on MariaDB, with jOOQ's open-source {@code MARIADB} dialect. */
public class JooqMariadb extends JooqBenchmarks {

  @Override
  Chinook createDatabase() {
    return Chinook.mariadb();
  }
}
