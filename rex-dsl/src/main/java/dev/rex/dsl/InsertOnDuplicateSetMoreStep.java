package dev.rex.dsl;

/**
 * {@code on conflict do update set …}, which may set more columns or add a WHERE.
 *
 * @param <R> the record type of the table
 */
public interface InsertOnDuplicateSetMoreStep<R extends Record>
    extends InsertOnDuplicateSetStep<R>, InsertReturningStep<R> {

  /** {@code where conditions…}: update only conflicting rows that match. */
  InsertReturningStep<R> where(Condition... conditions);
}
