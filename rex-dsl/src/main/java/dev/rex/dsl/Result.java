package dev.rex.dsl;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The records a query returned, in order. A result is an unmodifiable {@link List}. Its {@code
 * toString()} is {@link #format()}: a text table of the first 50 rows.
 *
 * @param <R> the record type
 */
public interface Result<R extends Record> extends List<R> {

  /** Maps every record. */
  <E> List<E> map(RecordMapper<? super R, E> mapper);

  /** The values of one field, one per record. */
  <T> List<@Nullable T> getValues(Field<T> field);

  /** Every record as a map from field name to value. */
  List<Map<String, @Nullable Object>> intoMaps();

  /** Every record mapped into {@code type}, as {@link Record#into(Class)} does. */
  <E> List<E> into(Class<? extends E> type);

  /** The values of one field as an array of the field's type. */
  <T> @Nullable T[] intoArray(Field<T> field);

  /**
   * The records by the value of {@code key}, in result order.
   *
   * @throws dev.rex.dsl.exception.InvalidResultException when two records have the same key
   */
  <K> Map<K, R> intoMap(Field<K> key);

  /**
   * The values of {@code value} by the value of {@code key}, in result order.
   *
   * @throws dev.rex.dsl.exception.InvalidResultException when two records have the same key
   */
  <K, V> Map<K, @Nullable V> intoMap(Field<K> key, Field<V> value);

  /** The records grouped by the value of {@code key}, groups and records in result order. */
  <K> Map<K, Result<R>> intoGroups(Field<K> key);

  /** The values of {@code value} grouped by the value of {@code key}, in result order. */
  <K, V> Map<K, List<@Nullable V>> intoGroups(Field<K> key, Field<V> value);

  /** The records mapped into {@code type} and grouped by the value of {@code key}. */
  <K, E> Map<K, List<E>> intoGroups(Field<K> key, Class<? extends E> type);

  /**
   * A text table of the first 50 records: a header of field names, numbers right-aligned, text cut
   * to 50 characters, nulls shown as {@code {null}}, and a last line counting the rows left out.
   */
  default String format() {
    return format(50);
  }

  /** {@link #format()} of the first {@code maxRows} records. */
  String format(int maxRows);

  /**
   * The records as CSV (RFC 4180), as jOOQ's {@code formatCSV()}: a header of field names, commas,
   * {@code \n} after each row, a null as nothing and an empty text as {@code ""}; a value holding
   * the delimiter, a quote or a line break is quoted, its quotes doubled. Bytes are written in
   * Base64. An empty result is the empty string (a result keeps no fields once it has no rows).
   */
  default String formatCSV() {
    return formatCSV(true, ',', "");
  }

  /** {@link #formatCSV()}, with or without the header. */
  default String formatCSV(boolean header) {
    return formatCSV(header, ',', "");
  }

  /** {@link #formatCSV()} with another delimiter. */
  default String formatCSV(char delimiter) {
    return formatCSV(true, delimiter, "");
  }

  /** {@link #formatCSV()} with another delimiter, and {@code nullText} for nulls. */
  default String formatCSV(char delimiter, String nullText) {
    return formatCSV(true, delimiter, nullText);
  }

  /**
   * {@link #formatCSV()} with or without the header, another delimiter, and {@code nullText}
   * written as it is for nulls.
   */
  String formatCSV(boolean header, char delimiter, String nullText);

  /**
   * The records as JSON in jOOQ's default layout: {@code {"fields":[{"name":"…","type":"…"},…],
   * "records":[[…],…]}}. Numbers and booleans are JSON numbers and booleans, bytes Base64 text,
   * everything else its text ({@code java.time} values in ISO form).
   */
  String formatJSON();
}
