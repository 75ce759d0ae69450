package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;

/** The combinators every condition offers. */
abstract sealed class AbstractCondition implements Condition
    permits Between,
        BooleanCondition,
        Combined,
        Comparison,
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

  @Override
  public String toString() {
    return Renderer.inline(this);
  }
}
