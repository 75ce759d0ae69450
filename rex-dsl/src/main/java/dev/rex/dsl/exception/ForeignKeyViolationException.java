package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/** A row would reference a row that does not exist, or a referenced row would be removed. */
public class ForeignKeyViolationException extends IntegrityConstraintViolationException {

  private static final long serialVersionUID = 1L;

  /** The violation as the driver reported it. */
  public ForeignKeyViolationException(
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
