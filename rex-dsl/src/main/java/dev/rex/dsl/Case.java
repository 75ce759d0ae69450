package dev.rex.dsl;

/**
 * The start of a searched {@code case} expression, as jOOQ's {@code DSL.choose()} returns it:
 * {@code choose().when(cond, "a").when(other, "b").otherwise("c")}. Each {@code when} is {@link
 * DSL#when(Condition, Object)}.
 */
public interface Case {

  /** {@code case when condition then value …}. */
  default <T> CaseWhenStep<T> when(Condition condition, T value) {
    return DSL.when(condition, value);
  }

  /** {@code case when condition then field …}. */
  default <T> CaseWhenStep<T> when(Condition condition, Field<T> value) {
    return DSL.when(condition, value);
  }
}
