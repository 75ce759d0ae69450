package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/**
 * A statement failed in the database or the driver. Carries what the driver reported: the SQL, the
 * SQLSTATE, and for constraint violations the constraint and table.
 */
public class DataAccessException extends RexException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String sql;
  private final @Nullable String sqlState;

  /** An error for {@code sql} with the driver's SQLSTATE and cause. */
  public DataAccessException(
      String message, @Nullable String sql, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, cause);
    this.sql = sql;
    this.sqlState = sqlState;
  }

  /** The SQL that failed, or {@code null} when the failure was not tied to a statement. */
  public @Nullable String sql() {
    return sql;
  }

  /** The five-character SQLSTATE the driver reported, or {@code null}. */
  public @Nullable String sqlState() {
    return sqlState;
  }
}
