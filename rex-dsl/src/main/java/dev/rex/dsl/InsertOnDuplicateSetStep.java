package dev.rex.dsl;

import org.jspecify.annotations.Nullable;

/**
 * The SET clause of {@code on conflict do update}.
 *
 * @param <R> the record type of the table
 */
public interface InsertOnDuplicateSetStep<R extends Record> {

  /** {@code set field = value}. */
  <T> InsertOnDuplicateSetMoreStep<R> set(Field<T> field, @Nullable T value);

  /** {@code set field = expression}, for example {@code excluded(field)}. */
  <T> InsertOnDuplicateSetMoreStep<R> set(Field<T> field, Field<T> value);
}
