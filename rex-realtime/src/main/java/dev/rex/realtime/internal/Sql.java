package dev.rex.realtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC helpers for the change log's own statements. */
final class Sql {

  private Sql() {}

  /** {@code name} as a double-quoted identifier. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code text} as a single-quoted SQL string literal. */
  static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  /** The first column of the first row of a query with long parameters, or {@code ifNone}. */
  static long queryLong(Connection connection, String sql, long ifNone, long... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setLong(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return ifNone;
        }
        long value = rows.getLong(1);
        return rows.wasNull() ? ifNone : value;
      }
    }
  }

  /** Runs an update with long parameters and returns its count. */
  static int update(Connection connection, String sql, long... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setLong(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** Runs {@code work} in one transaction on {@code connection}, restoring auto-commit after. */
  static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Work inside a transaction. */
  interface Work<T> {
    T run() throws SQLException;
  }
}
