package dev.rex.dsl;

/**
 * An INSERT that may say what happens when a row violates a unique key.
 *
 * @param <R> the record type of the table
 */
public interface InsertOnDuplicateStep<R extends Record> extends InsertReturningStep<R> {

  /** {@code on conflict (fields…)}: the unique key whose violation is handled. */
  InsertOnConflictDoUpdateStep<R> onConflict(Field<?>... fields);

  /** {@code on conflict do nothing}: rows that violate any unique key are skipped. */
  InsertReturningStep<R> onConflictDoNothing();

  /**
   * jOOQ's name for {@link #onConflictDoNothing()}: rows that violate a unique key are skipped
   * ({@code on conflict do nothing}).
   */
  default InsertReturningStep<R> onDuplicateKeyIgnore() {
    return onConflictDoNothing();
  }

  /**
   * jOOQ's {@code onDuplicateKeyUpdate()}: a row whose primary key exists already updates it
   * instead, {@code on conflict (primary key…) do update set …}. Unlike MySQL's {@code on duplicate
   * key update}, other unique keys are not handled: name them with {@link #onConflict(Field...)}.
   *
   * @throws dev.rex.dsl.exception.InvalidQueryException when the table has no primary key
   */
  InsertOnDuplicateSetStep<R> onDuplicateKeyUpdate();
}
