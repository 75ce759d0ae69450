package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/**
 * A statement ran longer than the query timeout ({@code RexSettings.withQueryTimeout}) and was
 * cancelled. The connection stays usable; a transaction it ran in is rolled back, as after any
 * failed statement.
 */
public class QueryTimeoutException extends DataAccessException {

  private static final long serialVersionUID = 1L;

  /** The failure, with the statement and the driver's report of the cancellation. */
  public QueryTimeoutException(
      String message, @Nullable String sql, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sql, sqlState, cause);
  }
}
