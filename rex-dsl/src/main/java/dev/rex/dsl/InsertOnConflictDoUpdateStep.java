package dev.rex.dsl;

/**
 * The action of an {@code on conflict} clause.
 *
 * @param <R> the record type of the table
 */
public interface InsertOnConflictDoUpdateStep<R extends Record> {

  /** {@code do update set …}; use {@link DSL#excluded(Field)} for the proposed values. */
  InsertOnDuplicateSetStep<R> doUpdate();

  /** {@code do nothing}. */
  InsertReturningStep<R> doNothing();
}
