package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** {@code field is [not] null}. */
final class IsNull extends AbstractCondition {

  private final Field<?> field;
  private final boolean not;

  IsNull(Field<?> field, boolean not) {
    this.field = field;
    this.not = not;
  }

  @Override
  public void accept(RenderContext context) {
    context.visit(field).sql(not ? " is not null" : " is null");
  }

  @Override
  RowCondition inMemory(InMemory memory) {
    RowExpression value = memory.expression(field);
    return record -> Truth.of((value.evaluate(record) == null) != not);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IsNull that && not == that.not && field.equals(that.field);
  }

  @Override
  public int hashCode() {
    return field.hashCode() * 2 + (not ? 1 : 0);
  }
}
