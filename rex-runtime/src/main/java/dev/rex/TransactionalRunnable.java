package dev.rex;

/**
 * The body of a transaction that returns nothing. It may throw anything; any exception rolls the
 * transaction back.
 */
@FunctionalInterface
public interface TransactionalRunnable {

  /** Runs the body with {@code tx}, the database as seen inside the transaction. */
  void run(Database tx) throws Exception;
}
