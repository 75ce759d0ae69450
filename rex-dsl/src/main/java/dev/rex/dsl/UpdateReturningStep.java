package dev.rex.dsl;

/**
 * An UPDATE that may return the updated rows.
 *
 * @param <R> the record type of the table
 */
public interface UpdateReturningStep<R extends Record> extends Update<R>, ReturningResultStep {

  /** {@code returning *}: the updated rows as whole records. */
  ResultQuery<R> returning();

  /** {@code returning fields…}. */
  ResultQuery<R> returning(Field<?>... fields);
}
