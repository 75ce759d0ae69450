package dev.rex.dsl.impl;

import dev.rex.dsl.Record;
import org.jspecify.annotations.Nullable;

/** An expression compiled for evaluation in memory against one row (see {@link InMemory}). */
@FunctionalInterface
interface RowExpression {

  /** The expression's value for {@code record}; null for SQL NULL. */
  @Nullable Object evaluate(Record record);

  /** An expression whose value is always {@code value}. */
  static RowExpression constant(@Nullable Object value) {
    return record -> value;
  }
}
