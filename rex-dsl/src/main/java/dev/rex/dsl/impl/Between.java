package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code field between low and high}. */
final class Between extends AbstractCondition {

  private final Field<?> field;
  private final Field<?> low;
  private final Field<?> high;

  Between(Field<?> field, Field<?> low, Field<?> high) {
    this.field = field;
    this.low = low;
    this.high = high;
  }

  @Override
  public void accept(RenderContext context) {
    context.visit(field).sql(" between ").visit(low).sql(" and ").visit(high);
  }

  /** {@code field >= low and field <= high}, which is what BETWEEN means, NULLs included. */
  @Override
  RowCondition inMemory(InMemory memory) {
    memory.requireComparable(field, low);
    memory.requireComparable(field, high);
    RowExpression value = memory.expression(field);
    RowCondition above =
        Comparison.compiled(value, Comparison.Operator.GE, memory.expression(low), memory);
    RowCondition below =
        Comparison.compiled(value, Comparison.Operator.LE, memory.expression(high), memory);
    return record -> above.test(record).and(below.test(record));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Between that
        && field.equals(that.field)
        && low.equals(that.low)
        && high.equals(that.high);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, low, high);
  }
}
