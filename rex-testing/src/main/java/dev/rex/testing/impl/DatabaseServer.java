package dev.rex.testing.impl;

import dev.rex.dsl.exception.RexException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Where test databases are made: each one new and empty, dropped when the tests are done. */
public interface DatabaseServer {

  /** Creates an empty database and returns its JDBC URL. */
  String create();

  /** Drops a database {@link #create()} returned. */
  void drop(String url);

  /** A fresh name for a database or schema: {@code rex_test_} and 16 hex digits. */
  static String freshName() {
    return "rex_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** Runs {@code sql} on a connection of its own to {@code url}. */
  static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new RexException(
          "Rex test database setup failed: '"
              + sql
              + "' on "
              + Urls.redact(url)
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
