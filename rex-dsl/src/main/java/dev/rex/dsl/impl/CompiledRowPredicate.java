package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Record;
import dev.rex.dsl.RowPredicate;

/** A {@link RowPredicate} over a condition compiled by {@link InMemory}. */
final class CompiledRowPredicate<R extends Record> implements RowPredicate<R> {

  private final RowCondition compiled;
  private final Condition condition;

  CompiledRowPredicate(RowCondition compiled, Condition condition) {
    this.compiled = compiled;
    this.condition = condition;
  }

  @Override
  public boolean test(R record) {
    return compiled.test(record) == Truth.TRUE;
  }

  @Override
  public String toString() {
    return "RowPredicate[" + condition + "]";
  }
}
