package dev.rex.dsl;

/**
 * A DELETE that may return the deleted rows.
 *
 * @param <R> the record type of the table
 */
public interface DeleteReturningStep<R extends Record> extends Delete<R>, ReturningResultStep {

  /** {@code returning *}: the deleted rows as whole records. */
  ResultQuery<R> returning();

  /** {@code returning fields…}. */
  ResultQuery<R> returning(Field<?>... fields);
}
