package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/**
 * A value that the database cannot store or give back exactly: refused before the statement runs,
 * so nothing is written, or found when reading a value (written by another tool) that the column's
 * Java type cannot hold. Examples: a date outside the years a dialect stores, a decimal with more
 * digits than SQLite keeps, {@code NaN} on SQLite, a NUL character in PostgreSQL text.
 *
 * <p>The message names the column (when the value was compared with or assigned to one) and the
 * parameter's position, and says what to do instead.
 */
public class InvalidValueException extends RexException {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final @Nullable String column;
  private final int parameter;

  /**
   * A value refused for {@code reason}, a sentence that says what was wrong and what to do; the
   * executor adds the column and the parameter position.
   */
  public InvalidValueException(String reason) {
    this(reason, reason, null, 0, null);
  }

  /** A value that could not be read, for {@code reason}, caused by {@code cause}. */
  public InvalidValueException(String reason, @Nullable Throwable cause) {
    this(reason, reason, null, 0, cause);
  }

  private InvalidValueException(
      String message,
      String reason,
      @Nullable String column,
      int parameter,
      @Nullable Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.column = column;
    this.parameter = parameter;
  }

  /**
   * This refusal for bind parameter {@code parameter} (1-based) of a statement, compared with or
   * assigned to {@code column} ({@code null} for a free-standing value).
   */
  public InvalidValueException forParameter(int parameter, @Nullable String column) {
    String what =
        column == null
            ? "The value of parameter " + parameter
            : "The value for column " + column + " (parameter " + parameter + ")";
    return new InvalidValueException(
        what + " was refused and nothing was written: " + reason, reason, column, parameter, this);
  }

  /** This failure while reading column {@code column} of a result. */
  public InvalidValueException forColumn(String column) {
    return new InvalidValueException(
        "Column " + column + " holds a value Rex cannot read: " + reason, reason, column, 0, this);
  }

  /** Why the value was refused, without the column and position. */
  public String reason() {
    return reason;
  }

  /** The column the value was for, or {@code null} when it is not known. */
  public @Nullable String column() {
    return column;
  }

  /** The 1-based position of the refused bind parameter, or 0 when the value was being read. */
  public int parameter() {
    return parameter;
  }
}
