package dev.rex.dsl;

/**
 * A field with a direction and a position for nulls, as in {@code title desc nulls last}.
 *
 * @param <T> the Java type of the sorted value
 */
public interface SortField<T> extends OrderField<T> {

  /** The field being sorted. */
  Field<T> getField();

  /** The sort direction. */
  SortOrder getOrder();

  /** The same sort with nulls first. */
  SortField<T> nullsFirst();

  /** The same sort with nulls last. */
  SortField<T> nullsLast();
}
