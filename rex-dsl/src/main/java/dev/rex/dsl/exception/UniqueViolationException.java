package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/** A row would duplicate the value of a unique key or primary key. */
public class UniqueViolationException extends IntegrityConstraintViolationException {

  private static final long serialVersionUID = 1L;

  /** The violation as the driver reported it. */
  public UniqueViolationException(
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
