package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/** A statement broke a constraint. Subclasses say which kind. */
public class IntegrityConstraintViolationException extends DataAccessException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String constraint;
  private final @Nullable String table;
  private final @Nullable String column;

  /** A violation of {@code constraint} on {@code table}, as far as the driver reported them. */
  public IntegrityConstraintViolationException(
      String message,
      @Nullable String sql,
      @Nullable String sqlState,
      @Nullable String constraint,
      @Nullable String table,
      @Nullable String column,
      @Nullable Throwable cause) {
    super(message, sql, sqlState, cause);
    this.constraint = constraint;
    this.table = table;
    this.column = column;
  }

  /** The violated constraint's name, or {@code null} when the driver did not report it. */
  public @Nullable String constraint() {
    return constraint;
  }

  /** The table, or {@code null} when the driver did not report it. */
  public @Nullable String table() {
    return table;
  }

  /** The column, or {@code null} when the driver did not report it. */
  public @Nullable String column() {
    return column;
  }
}
