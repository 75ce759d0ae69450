package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code left op right} for the six comparison operators. */
final class Comparison extends AbstractCondition {

  enum Operator {
    EQ(" = "),
    NE(" <> "),
    LT(" < "),
    LE(" <= "),
    GT(" > "),
    GE(" >= ");

    final String sql;

    Operator(String sql) {
      this.sql = sql;
    }
  }

  private final Field<?> left;
  private final Operator operator;
  private final Field<?> right;

  Comparison(Field<?> left, Operator operator, Field<?> right) {
    this.left = left;
    this.operator = operator;
    this.right = right;
  }

  @Override
  public void accept(RenderContext context) {
    context.visit(left).sql(operator.sql).visit(right);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Comparison that
        && operator == that.operator
        && left.equals(that.left)
        && right.equals(that.right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left, operator, right);
  }
}
