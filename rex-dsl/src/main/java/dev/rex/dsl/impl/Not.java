package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** {@code not (condition)}. */
final class Not extends AbstractCondition {

  private final Condition condition;

  Not(Condition condition) {
    this.condition = condition;
  }

  @Override
  public Condition not() {
    return condition;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql("not (").visit(condition).sql(')');
  }

  @Override
  RowCondition inMemory(InMemory memory) {
    RowCondition inner = memory.condition(condition);
    return record -> inner.test(record).not();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Not that && condition.equals(that.condition);
  }

  @Override
  public int hashCode() {
    return ~condition.hashCode();
  }
}
