package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.spi.RenderContext;

/**
 * The neutral condition: it disappears when combined and, alone, renders as {@code true}. Handy for
 * building filters step by step.
 */
final class NoCondition extends AbstractCondition {

  static final NoCondition INSTANCE = new NoCondition();

  private NoCondition() {}

  @Override
  public Condition and(Condition other) {
    return other;
  }

  @Override
  public Condition or(Condition other) {
    return other;
  }

  @Override
  public Condition not() {
    return this;
  }

  /** Alone it means "no filter": every record matches. */
  @Override
  RowCondition inMemory(InMemory memory) {
    return record -> Truth.TRUE;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql("1 = 1");
  }
}
