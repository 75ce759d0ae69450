package dev.rex.bench;

/** {@link JdbcBenchmarks} on MariaDB. */
public class JdbcMariadb extends JdbcBenchmarks {

  @Override
  Chinook createDatabase() {
    return Chinook.mariadb();
  }
}
