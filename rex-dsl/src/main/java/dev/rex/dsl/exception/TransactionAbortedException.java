package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/**
 * A transaction (or nested transaction) was rolled back because a statement in it failed, even
 * though its body caught that failure and returned normally. A failed statement marks its
 * transaction scope rollback-only on every database; catching the exception does not undo that. The
 * cause is the first failure. To let a statement fail without losing the rest of the transaction,
 * run it in a nested transaction ({@code tx.transaction(...)}), which uses a savepoint.
 *
 * <p>This is not a {@link TransactionRollbackException}: nothing conflicted, and retrying the same
 * body fails the same way.
 */
public class TransactionAbortedException extends RexException {

  private static final long serialVersionUID = 1L;

  /** A rollback caused by {@code firstFailure}, a statement failure the body caught. */
  public TransactionAbortedException(String message, @Nullable Throwable firstFailure) {
    super(message, firstFailure);
  }
}
