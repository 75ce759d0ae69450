package dev.rex.mysql.codegen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The MariaDB server the tests run on, from {@code REX_TEST_MARIADB_URL} ({@code
 * jdbc:mariadb://127.0.0.1:3306/test?user=root}). Without it, every test that needs it is skipped
 * with a message naming the variable. Each caller gets a database of its own ({@code rex_test_…},
 * binary UTF-8 collation), which it drops when done.
 */
public final class MariaDb {

  public static final String ENV = "REX_TEST_MARIADB_URL";

  private MariaDb() {}

  /** The server's URL, or null when the variable is unset. */
  public static @Nullable String serverUrl() {
    String url = System.getenv(ENV);
    return url == null || url.isBlank() ? null : url;
  }

  /** Skips the calling test when there is no server. */
  public static String requireServer() {
    String url = serverUrl();
    assumeTrue(
        url != null,
        ENV
            + " is not set, so the MariaDB tests are skipped; set it to"
            + " jdbc:mariadb://127.0.0.1:3306/test?user=root to run them.");
    return url;
  }

  /** Creates a new, empty database and returns its URL. */
  public static String newDatabase() {
    String server = requireServer();
    String name = "rex_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(server, "create database " + name + " character set utf8mb4 collate utf8mb4_nopad_bin");
    return withDatabase(server, name);
  }

  /** Drops a database made by {@link #newDatabase()}. */
  public static void dropDatabase(String url) {
    String name = databaseOf(url);
    if (!name.toLowerCase(Locale.ROOT).startsWith("rex_test_")) {
      throw new IllegalArgumentException(
          "Refusing to drop a database tests did not create: " + name);
    }
    execute(requireServer(), "drop database if exists " + name);
  }

  /** Runs statements on a fresh connection. */
  public static void execute(String url, String... sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + String.join("; ", sql) + ": " + e, e);
    }
  }

  /** {@code url} with its database replaced by {@code database}. */
  public static String withDatabase(String url, String database) {
    return ServerUrls.withDatabase(url, database);
  }

  static String databaseOf(String url) {
    int authority = url.indexOf("//");
    int query = url.indexOf('?');
    String beforeQuery = query < 0 ? url : url.substring(0, query);
    return beforeQuery.substring(beforeQuery.indexOf('/', authority + 2) + 1);
  }
}
