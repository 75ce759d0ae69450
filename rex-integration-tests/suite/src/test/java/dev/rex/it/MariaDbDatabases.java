package dev.rex.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Databases of their own on the MariaDB server named by {@code REX_TEST_MARIADB_URL}, one per test
 * JVM ({@code rex_it_…}, binary UTF-8 collation without padding, as Rex expects), so that parallel
 * runs on one server do not meet.
 */
final class MariaDbDatabases {

  private static final String ENV = "REX_TEST_MARIADB_URL";

  private MariaDbDatabases() {}

  /** Creates an empty database and returns its URL. */
  static String create() {
    String server = System.getenv(ENV);
    if (server == null || server.isBlank()) {
      throw new IllegalStateException(ENV + " is not set; the MariaDB suite needs a server.");
    }
    String name = "rex_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(server, "create database " + name + " character set utf8mb4 collate utf8mb4_nopad_bin");
    return withDatabase(server, name);
  }

  /** Drops a database made by {@link #create()}. */
  static void drop(String url) {
    String name = url.substring(url.indexOf("/rex_it_") + 1).replaceAll("[?].*", "");
    execute(System.getenv(ENV), "drop database if exists " + name);
  }

  private static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String beforeQuery = query < 0 ? url : url.substring(0, query);
    int slash = beforeQuery.indexOf('/', beforeQuery.indexOf("//") + 2);
    String server = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
    return server + "/" + database + (query < 0 ? "" : url.substring(query));
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run '" + sql + "': " + e.getMessage(), e);
    }
  }
}
