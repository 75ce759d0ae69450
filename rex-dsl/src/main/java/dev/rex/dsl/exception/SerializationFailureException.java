package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/**
 * A serializable or repeatable-read transaction could not be ordered with a concurrent one
 * (SQLSTATE 40001), or SQLite reported the database busy.
 */
public class SerializationFailureException extends TransactionRollbackException {

  private static final long serialVersionUID = 1L;

  /** The failure as the driver reported it. */
  public SerializationFailureException(
      String message, @Nullable String sql, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sql, sqlState, cause);
  }
}
