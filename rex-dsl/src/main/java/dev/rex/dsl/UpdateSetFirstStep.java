package dev.rex.dsl;

import org.jspecify.annotations.Nullable;

/**
 * An UPDATE that needs at least one SET.
 *
 * @param <R> the record type of the table
 */
public interface UpdateSetFirstStep<R extends Record> {

  /** {@code set field = value}. */
  <T> UpdateSetMoreStep<R> set(Field<T> field, @Nullable T value);

  /** {@code set field = expression}. */
  <T> UpdateSetMoreStep<R> set(Field<T> field, Field<T> value);
}
