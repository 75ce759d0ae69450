package dev.rex.dsl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
   * Runs the query and returns its only row, or {@code null} when there is none. A lookup by the
   * whole primary key of its one table ({@code where(ALBUM.ALBUM_ID.eq(id))}) is not checked for a
   * second row: the database keeps the key unique, and the check would cost a lookup a step of the
   * statement.
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

  /** {@link #stream()} under jOOQ's other name. */
  default Stream<R> fetchStream() {
    return stream();
  }

  /** This query with a driver fetch size, for streaming large results. */
  ResultQuery<R> fetchSize(int rows);

  /**
   * Runs the query and maps every row into {@code type}, as {@link Record#into(Class)} does: a Java
   * record by its canonical constructor, a class by constructor or by setter and field names, a
   * value type from a one-column row.
   *
   * @throws dev.rex.dsl.exception.MappingException when the rows do not fit {@code type}
   */
  default <E> List<E> fetchInto(Class<? extends E> type) {
    return fetch().into(type);
  }

  /**
   * {@link #fetchOne()} mapped into {@code type}, or {@code null} when there is no row.
   *
   * @throws dev.rex.dsl.exception.TooManyRowsException when there is more than one row
   */
  default <E> @Nullable E fetchOneInto(Class<? extends E> type) {
    R record = fetchOne();
    return record == null ? null : record.into(type);
  }

  /** {@link #fetchSingle()} mapped into {@code type}. */
  default <E> E fetchSingleInto(Class<? extends E> type) {
    return fetchSingle().into(type);
  }

  /** {@link #fetchOneInto(Class)} as an {@link Optional}. */
  default <E> Optional<E> fetchOptionalInto(Class<? extends E> type) {
    return Optional.ofNullable(fetchOneInto(type));
  }

  /** {@link #fetchAny()} mapped into {@code type}, or {@code null} when there is no row. */
  default <E> @Nullable E fetchAnyInto(Class<? extends E> type) {
    R record = fetchAny();
    return record == null ? null : record.into(type);
  }

  /**
   * The value at {@code index} (0-based) of {@link #fetchOne()}, converted to {@code type} as
   * {@link Record#get(int, Class)} does, or {@code null} when there is no row: jOOQ's {@code
   * selectCount().from(t).fetchOne(0, int.class)}.
   */
  default <T> @Nullable T fetchOne(int index, Class<? extends T> type) {
    R record = fetchOne();
    return record == null ? null : record.get(index, type);
  }

  /**
   * The value of the field named {@code name} of {@link #fetchOne()}, converted to {@code type}.
   */
  default <T> @Nullable T fetchOne(String name, Class<? extends T> type) {
    R record = fetchOne();
    return record == null ? null : record.get(name, type);
  }

  /** The value at {@code index} of {@link #fetchSingle()}, converted to {@code type}. */
  default <T> @Nullable T fetchSingle(int index, Class<? extends T> type) {
    return fetchSingle().get(index, type);
  }

  /** The values at {@code index} of every row, converted to {@code type}. */
  @SuppressWarnings("NullAway") // the mapper returns null for a null value; the list says so
  default <T> List<@Nullable T> fetch(int index, Class<? extends T> type) {
    return fetch(record -> record.<T>get(index, type));
  }

  /** Runs the query and returns one field's values as an array of the field's type. */
  default <T> @Nullable T[] fetchArray(Field<T> field) {
    return fetch().intoArray(field);
  }

  /** Runs the query and returns one field's distinct values, in the order first seen. */
  default <T> Set<@Nullable T> fetchSet(Field<T> field) {
    return new LinkedHashSet<>(fetch(field));
  }

  /**
   * Runs the query and returns the records by the value of {@code key}, in row order.
   *
   * @throws dev.rex.dsl.exception.InvalidResultException when two rows have the same key
   */
  default <K> Map<K, R> fetchMap(Field<K> key) {
    return fetch().intoMap(key);
  }

  /**
   * Runs the query and returns the values of {@code value} by the value of {@code key}.
   *
   * @throws dev.rex.dsl.exception.InvalidResultException when two rows have the same key
   */
  default <K, V> Map<K, @Nullable V> fetchMap(Field<K> key, Field<V> value) {
    return fetch().intoMap(key, value);
  }

  /** Runs the query and groups the records by the value of {@code key}, in row order. */
  default <K> Map<K, Result<R>> fetchGroups(Field<K> key) {
    return fetch().intoGroups(key);
  }

  /** Runs the query and groups the values of {@code value} by the value of {@code key}. */
  default <K, V> Map<K, List<@Nullable V>> fetchGroups(Field<K> key, Field<V> value) {
    return fetch().intoGroups(key, value);
  }

  /** Runs the query and groups the rows, mapped into {@code type}, by the value of {@code key}. */
  default <K, E> Map<K, List<E>> fetchGroups(Field<K> key, Class<? extends E> type) {
    return fetch().intoGroups(key, type);
  }
}
