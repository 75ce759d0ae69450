package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;

/** The combinators every condition offers. */
abstract sealed class AbstractCondition implements Condition
    permits Between,
        BooleanCondition,
        Combined,
        Comparison,
        ValueComparison,
        Exists,
        InList,
        InSubquery,
        IsNull,
        Like,
        NoCondition,
        PlainSqlCondition,
        Not {

  @Override
  public Condition and(Condition other) {
    return Combined.of(Combined.Operator.AND, this, other);
  }

  @Override
  public Condition andNot(Condition other) {
    return and(other.not());
  }

  @Override
  public Condition or(Condition other) {
    return Combined.of(Combined.Operator.OR, this, other);
  }

  @Override
  public Condition orNot(Condition other) {
    return or(other.not());
  }

  @Override
  public Condition not() {
    return new Not(this);
  }

  /**
   * This condition compiled for evaluation in memory ({@link InMemory}); by default it cannot be.
   */
  RowCondition inMemory(InMemory memory) {
    throw memory.unsupported("the condition " + this);
  }

  /**
   * Whether this condition holds only where {@code column} equals one value ({@code column = value}
   * or an AND with such a part); false unless a condition says otherwise.
   */
  boolean pins(Field<?> column) {
    return false;
  }

  @Override
  public String toString() {
    return Renderer.inline(this);
  }
}
