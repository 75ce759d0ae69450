package dev.rex.dsl;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query that returns rows of type {@code R}: SELECT, or a statement with RETURNING.
 *
 * @param <R> the record type of a row
 */
public interface ResultQuery<R extends Record> extends Query {

  /** The shape of the rows and how they become records. */
  RecordType<R> recordType();

  /** Runs the query and returns every row. */
  Result<R> fetch();

  /** Runs the query and maps every row. */
  <E> List<E> fetch(RecordMapper<? super R, E> mapper);

  /** Runs the query and returns one field's value from every row. */
  <T> List<@Nullable T> fetch(Field<T> field);

  /**
   * Runs the query and returns its only row, or {@code null} when there is none.
   *
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  @Nullable R fetchOne();

  /** {@link #fetchOne()} mapped, or {@code null} when there is no row. */
  <E> @Nullable E fetchOne(RecordMapper<? super R, E> mapper);

  /** One field of {@link #fetchOne()}, or {@code null} when there is no row. */
  <T> @Nullable T fetchOne(Field<T> field);

  /** {@link #fetchOne()} as an {@link Optional}. */
  Optional<R> fetchOptional();

  /** {@link #fetchOne(RecordMapper)} as an {@link Optional}. */
  <E> Optional<E> fetchOptional(RecordMapper<? super R, E> mapper);

  /**
   * Runs the query and returns its only row.
   *
   * @throws dev.rex.dsl.exception.NoDataFoundException when there is no row
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  R fetchSingle();

  /** {@link #fetchSingle()} mapped. */
  <E> E fetchSingle(RecordMapper<? super R, E> mapper);

  /** One field of {@link #fetchSingle()}. */
  <T> @Nullable T fetchSingle(Field<T> field);

  /** Runs the query and returns its first row, or {@code null}; later rows are not read. */
  @Nullable R fetchAny();

  /**
   * Runs the query and returns its rows lazily. The stream holds a database connection: close it
   * (try-with-resources) unless it is consumed to the end. A stream dropped unclosed and unfinished
   * keeps its connection until it is garbage-collected, and is then reported with a WARN that shows
   * where it was opened. A stream opened in a transaction must be read inside it: reading it after
   * the transaction ended throws {@link dev.rex.dsl.exception.TransactionClosedException}.
   */
  Stream<R> stream();

  /** This query with a driver fetch size, for streaming large results. */
  ResultQuery<R> fetchSize(int rows);
}
