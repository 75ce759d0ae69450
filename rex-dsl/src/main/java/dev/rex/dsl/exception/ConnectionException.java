package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/** The database could not be reached, or the connection broke (SQLSTATE class 08). */
public class ConnectionException extends DataAccessException {

  private static final long serialVersionUID = 1L;

  /** A connection failure as the driver or pool reported it. */
  public ConnectionException(
      String message, @Nullable String sql, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sql, sqlState, cause);
  }
}
