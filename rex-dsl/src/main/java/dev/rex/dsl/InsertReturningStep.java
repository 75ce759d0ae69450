package dev.rex.dsl;

/**
 * An INSERT that may return the inserted rows.
 *
 * @param <R> the record type of the table
 */
public interface InsertReturningStep<R extends Record> extends Insert<R> {

  /** {@code returning *}: the inserted rows as whole records, with generated keys and defaults. */
  ResultQuery<R> returning();

  /** {@code returning fields…}: the inserted rows as records holding only those fields. */
  ResultQuery<R> returning(Field<?>... fields);

  /**
   * {@code returning field}, read as typed one-column rows (jOOQ's {@code returningResult}): {@code
   * .returningResult(GENRE.GENRE_ID).fetchOne().value1()}.
   */
  <T1> ResultQuery<Record1<T1>> returningResult(Field<T1> field);

  /** {@code returning fields…}, read as rows of just those fields (not table records). */
  ResultQuery<Record> returningResult(Field<?>... fields);
}
