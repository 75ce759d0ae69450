package dev.rex;

/**
 * The body of a transaction that returns a value. It may throw anything; any exception rolls the
 * transaction back.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionalCallable<T> {

  /** Runs the body with {@code tx}, the database as seen inside the transaction. */
  T run(Database tx) throws Exception;
}
