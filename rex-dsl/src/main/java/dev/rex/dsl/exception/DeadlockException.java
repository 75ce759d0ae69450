package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/** Transactions waited on each other's locks and this one was chosen to fail (SQLSTATE 40P01). */
public class DeadlockException extends TransactionRollbackException {

  private static final long serialVersionUID = 1L;

  /** The failure as the driver reported it. */
  public DeadlockException(
      String message, @Nullable String sql, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sql, sqlState, cause);
  }
}
