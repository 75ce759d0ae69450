package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code field [not] in (v1, v2, …)}. An empty list is legal in Rex even though it is not in SQL:
 * {@code in ()} is always false and {@code not in ()} always true.
 */
final class InList extends AbstractCondition {

  private final Field<?> field;
  private final List<Field<?>> values;
  private final boolean not;

  InList(Field<?> field, List<Field<?>> values, boolean not) {
    this.field = field;
    this.values = List.copyOf(values);
    this.not = not;
  }

  @Override
  public void accept(RenderContext context) {
    if (values.isEmpty()) {
      context.sql(not ? "1 = 1" : "1 = 0");
      return;
    }
    context.visit(field).sql(not ? " not in (" : " in (");
    Renderer.list(context, values, ", ");
    context.sql(')');
  }

  /**
   * {@code field = v1 or field = v2 …}: TRUE on a match, else UNKNOWN if the field or any value is
   * null, else FALSE; {@code not in} is its negation.
   */
  @Override
  RowCondition inMemory(InMemory memory) {
    if (values.isEmpty()) {
      return record -> Truth.of(not);
    }
    values.forEach(value -> memory.requireComparable(field, value));
    RowExpression left = memory.expression(field);
    List<RowExpression> right = memory.expressions(values);
    ComparisonRules rules = memory.rules();
    return record -> {
      Truth in = in(left.evaluate(record), right, record, rules);
      return not ? in.not() : in;
    };
  }

  private static Truth in(
      @Nullable Object value,
      List<RowExpression> candidates,
      Record record,
      ComparisonRules rules) {
    if (value == null) {
      return Truth.UNKNOWN;
    }
    Truth result = Truth.FALSE;
    for (RowExpression candidate : candidates) {
      Object other = candidate.evaluate(record);
      if (other == null) {
        result = Truth.UNKNOWN;
      } else if (SqlValues.compare(value, other, rules) == 0) {
        return Truth.TRUE;
      }
    }
    return result;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof InList that
        && not == that.not
        && field.equals(that.field)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, values, not);
  }
}
