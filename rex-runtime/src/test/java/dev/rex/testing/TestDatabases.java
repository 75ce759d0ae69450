package dev.rex.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Real databases for tests. PostgreSQL comes from {@code REX_TEST_POSTGRES_URL} when it is set,
 * otherwise from an embedded PostgreSQL started once per JVM, so that a machine with only a JDK and
 * Maven passes. Every caller gets a fresh, empty database that it may drop when done. SQLite
 * databases are temporary files.
 */
public final class TestDatabases {

  private static final String ENV = "REX_TEST_POSTGRES_URL";

  private TestDatabases() {}

  private static final class Embedded {
    static final EmbeddedPostgres INSTANCE = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        postgres.close();
                      } catch (IOException ignored) {
                        // The JVM is exiting; the temporary cluster directory is removed anyway.
                      }
                    }));
        return postgres;
      } catch (IOException e) {
        throw new IllegalStateException("Could not start embedded PostgreSQL", e);
      }
    }
  }

  /** Whether the tests use an external PostgreSQL (from the environment) rather than embedded. */
  public static boolean externalPostgres() {
    String url = System.getenv(ENV);
    return url != null && !url.isBlank();
  }

  /** The URL of the server's maintenance database, where test databases are created. */
  private static String adminUrl() {
    if (externalPostgres()) {
      return System.getenv(ENV);
    }
    return Embedded.INSTANCE.getJdbcUrl("postgres", "postgres");
  }

  /** Creates a new, empty PostgreSQL database and returns its JDBC URL. */
  public static String newPostgresDatabase() {
    String name = "rex_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(adminUrl(), "create database " + name);
    return withDatabase(adminUrl(), name);
  }

  /** Drops a database made by {@link #newPostgresDatabase()}. */
  public static void dropPostgresDatabase(String url) {
    String name = databaseOf(url);
    if (!name.toLowerCase(Locale.ROOT).startsWith("rex_test_")) {
      throw new IllegalArgumentException(
          "Refusing to drop a database tests did not create: " + name);
    }
    execute(adminUrl(), "drop database if exists " + name + " with (force)");
  }

  /** A new SQLite database file in a new temporary directory. */
  public static String newSqliteDatabase() {
    try {
      Path directory = Files.createTempDirectory("rex-test-");
      directory.toFile().deleteOnExit();
      Path file = directory.resolve("test.db");
      file.toFile().deleteOnExit();
      return "jdbc:sqlite:" + file;
    } catch (IOException e) {
      throw new IllegalStateException("Could not create a temporary SQLite file", e);
    }
  }

  /** Runs one SQL statement on a fresh connection. */
  public static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run '" + sql + "': " + e.getMessage(), e);
    }
  }

  /** Runs a script of statements separated by semicolons at line ends. */
  public static void executeScript(String url, String script) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run the script: " + e.getMessage(), e);
    }
  }

  static String withDatabase(String url, String database) {
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    String base = url.substring(0, slash + 1);
    String params = query < 0 ? "" : url.substring(query);
    return base + database + params;
  }

  static String databaseOf(String url) {
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
  }
}
