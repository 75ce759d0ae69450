package dev.rex;

import dev.rex.cache.CacheStats;
import dev.rex.cache.QueryCache;
import dev.rex.dsl.DSLContext;
import dev.rex.dsl.Query;
import dev.rex.dsl.UpdatableRecord;
import java.util.Collection;
import java.util.List;

/**
 * A database to run statements on: a {@link Rex} instance, or the transaction handle it passes to a
 * callback. Besides the query builders of {@link DSLContext} it offers transactions (nested ones
 * use savepoints), batches and the result cache.
 */
public interface Database extends DSLContext {

  /**
   * This database: a transaction body written for jOOQ, {@code ctx.transaction(cfg ->
   * cfg.dsl().insertInto(...).execute())}, compiles and runs on the transaction's handle.
   */
  @Override
  default Database dsl() {
    return this;
  }

  /** This database, so that jOOQ's {@code DSL.using(ctx.configuration())} compiles. */
  @Override
  default Database configuration() {
    return this;
  }

  /**
   * Runs {@code body} in a transaction and returns its result. The transaction commits when the
   * body returns and rolls back when it throws (the exception is rethrown; a checked one is wrapped
   * in a {@code RexException}). Called on a transaction handle, it runs in a savepoint: a failure
   * rolls back to the savepoint and leaves the outer transaction usable.
   *
   * <p>A statement that fails in the database marks its transaction (or nested transaction)
   * rollback-only, on every dialect, even when the body catches the exception: when the body
   * returns, the transaction is rolled back (a nested one to its savepoint) and a {@link
   * dev.rex.dsl.exception.TransactionAbortedException} caused by the first failure is thrown. To
   * let a statement fail and keep the rest, run it in a nested transaction and catch the exception
   * outside it. Failures Rex raises before sending anything do not mark it. Using the handle, or a
   * stream opened with it, after the transaction ended throws {@link
   * dev.rex.dsl.exception.TransactionClosedException}.
   */
  <T> T transactionResult(TransactionalCallable<T> body);

  /** {@link #transactionResult(TransactionalCallable)} with isolation and read-only options. */
  <T> T transactionResult(TransactionOptions options, TransactionalCallable<T> body);

  /** {@link #transactionResult(TransactionalCallable)} for a body that returns nothing. */
  default void transaction(TransactionalRunnable body) {
    transaction(TransactionOptions.defaults(), body);
  }

  /** {@link #transaction(TransactionalRunnable)} with isolation and read-only options. */
  @SuppressWarnings("NullAway") // the body's result is discarded: null stands for "nothing"
  default void transaction(TransactionOptions options, TransactionalRunnable body) {
    transactionResult(
        options,
        tx -> {
          body.run(tx);
          return null;
        });
  }

  /**
   * The result cache: queries run through it are answered from memory while their result is fresh,
   * and writes through this database drop the results they make stale. See {@link QueryCache}.
   */
  QueryCache cache();

  /** The counts of the result cache: {@code cache().stats()}. */
  default CacheStats cacheStats() {
    return cache().stats();
  }

  /**
   * A batch of one statement with many sets of binds. Build the statement with placeholder values
   * (their types are used for every set), then {@link BatchBindStep#bind} each set.
   */
  BatchBindStep batch(Query template);

  /**
   * Inserts records in batches: one JDBC batch per table and set of changed columns. Generated keys
   * are not read back; use {@code record.insert()} when you need them.
   *
   * @return the row count of each record, in order
   */
  int[] batchInsert(Collection<? extends UpdatableRecord<?>> records);

  /** {@link #batchInsert(Collection)} for an array of records. */
  default int[] batchInsert(UpdatableRecord<?>... records) {
    return batchInsert(List.of(records));
  }
}
