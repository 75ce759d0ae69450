package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/**
 * The database rolled the transaction back because it conflicted with another one. Retrying the
 * whole transaction is the usual remedy.
 */
public class TransactionRollbackException extends DataAccessException {

  private static final long serialVersionUID = 1L;

  /** A rollback as the driver reported it. */
  public TransactionRollbackException(
      String message, @Nullable String sql, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sql, sqlState, cause);
  }
}
