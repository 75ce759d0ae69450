package dev.rex.dsl;

import org.jspecify.annotations.Nullable;

/**
 * {@code case when … then … end}, which may add more branches and an ELSE. Without {@code
 * otherwise} it is a field whose value is null when no branch matches.
 *
 * @param <T> the type of the branches' values
 */
public interface CaseWhenStep<T> extends Field<T> {

  /** Adds {@code when condition then value}. */
  CaseWhenStep<T> when(Condition condition, @Nullable T value);

  /** Adds {@code when condition then expression}. */
  CaseWhenStep<T> when(Condition condition, Field<T> value);

  /** Ends with {@code else value}. */
  Field<T> otherwise(@Nullable T value);

  /** Ends with {@code else expression}. */
  Field<T> otherwise(Field<T> value);
}
