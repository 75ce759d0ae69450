package dev.rex.dsl;

/**
 * An INSERT that may return the inserted rows.
 *
 * @param <R> the record type of the table
 */
public interface InsertReturningStep<R extends Record> extends Insert<R>, ReturningResultStep {

  /** {@code returning *}: the inserted rows as whole records, with generated keys and defaults. */
  ResultQuery<R> returning();

  /** {@code returning fields…}: the inserted rows as records holding only those fields. */
  ResultQuery<R> returning(Field<?>... fields);
}
