package dev.rex.it;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.testing.TestDatabases;
import org.flywaydb.core.Flyway;

/**
 * The Chinook database of the dialect under test ({@code -Drex.it.dialect}), migrated once per test
 * JVM from the {@code rex-db} migrations, the same ones the code was generated from.
 */
public final class ChinookDatabase {

  /** {@code postgres}, {@code sqlite} or {@code mysql} (run on MariaDB). */
  public static final String DIALECT = System.getProperty("rex.it.dialect", "sqlite");

  private ChinookDatabase() {}

  private static final class Migrated {
    static final String URL = migrate();

    private static String migrate() {
      String url;
      if (DIALECT.equals("postgres")) {
        url = TestDatabases.newPostgresDatabase();
        String created = url;
        // One database per test JVM, dropped when the JVM ends so that runs against a shared
        // server leave nothing behind (an embedded server disappears with the JVM anyway).
        if (TestDatabases.externalPostgres()) {
          Runtime.getRuntime()
              .addShutdownHook(new Thread(() -> TestDatabases.dropPostgresDatabase(created)));
        }
      } else if (DIALECT.equals("mysql")) {
        url = MariaDbDatabases.create();
        String created = url;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> MariaDbDatabases.drop(created)));
      } else {
        url = TestDatabases.newSqliteDatabase();
      }
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration/" + DIALECT)
          .load()
          .migrate();
      return url;
    }
  }

  /** The JDBC URL of the migrated database. */
  public static String url() {
    return Migrated.URL;
  }

  /** A new {@link Rex} on the database; close it when done. */
  public static Rex connect(RexSettings settings) {
    return Rex.connect(url(), settings);
  }

  public static boolean postgres() {
    return DIALECT.equals("postgres");
  }

  /** Whether the database under test is MySQL or MariaDB. */
  public static boolean mysql() {
    return DIALECT.equals("mysql");
  }

  /** Why plain SQL with lower-case table names does not run on MariaDB's Chinook. */
  public static final String TABLE_NAME_CASE =
      "Chinook's MySQL script names tables in PascalCase, and MariaDB on Linux compares table"
          + " names with their case, so plain SQL that says 'artist' finds no table.";

  /** Why a test of {@code RETURNING} is skipped on MySQL and MariaDB. */
  public static final String NO_RETURNING =
      "MySQL and MariaDB have no RETURNING for INSERT, UPDATE and DELETE alike; Rex reads a"
          + " one-row INSERT's row back by its key, and nothing else (see docs/mysql.md).";

  /**
   * Whether INSERT, UPDATE and DELETE can return rows: MySQL and MariaDB have no {@code RETURNING}
   * for them all (MariaDB has it for INSERT and DELETE only), so the mysql dialect refuses it.
   */
  public static boolean supportsReturning() {
    return !mysql();
  }
}
