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
}
