package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/** A required column was given no value (SQL NULL). */
public class NotNullViolationException extends IntegrityConstraintViolationException {

  private static final long serialVersionUID = 1L;

  /** The violation as the driver reported it. */
  public NotNullViolationException(
      String message,
      @Nullable String sql,
      @Nullable String sqlState,
      @Nullable String constraint,
      @Nullable String table,
      @Nullable String column,
      @Nullable Throwable cause) {
    super(message, sql, sqlState, constraint, table, column, cause);
  }
}
