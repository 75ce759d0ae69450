package dev.rex.dsl.exception;

/**
 * A transaction handle, or a stream opened in a transaction, was used after the transaction ended
 * (committed or rolled back). Run statements and read streams inside the transaction's body, or use
 * the {@code Rex} instance after it.
 */
public class TransactionClosedException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error with a message saying what was used after the end. */
  public TransactionClosedException(String message) {
    super(message);
  }
}
