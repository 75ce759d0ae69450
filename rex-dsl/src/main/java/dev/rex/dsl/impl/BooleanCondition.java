package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.spi.RenderContext;

/** A condition that is always true or always false. */
final class BooleanCondition extends AbstractCondition {

  static final BooleanCondition TRUE = new BooleanCondition(true);
  static final BooleanCondition FALSE = new BooleanCondition(false);

  private final boolean value;

  private BooleanCondition(boolean value) {
    this.value = value;
  }

  @Override
  public Condition not() {
    return value ? FALSE : TRUE;
  }

  @Override
  RowCondition inMemory(InMemory memory) {
    Truth truth = Truth.of(value);
    return record -> truth;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(value ? "1 = 1" : "1 = 0");
  }
}
