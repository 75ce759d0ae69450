package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.RenderContext;
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

    /** Whether the operator holds for two values that compare as {@code comparison}. */
    boolean holds(int comparison) {
      return switch (this) {
        case EQ -> comparison == 0;
        case NE -> comparison != 0;
        case LT -> comparison < 0;
        case LE -> comparison <= 0;
        case GT -> comparison > 0;
        case GE -> comparison >= 0;
      };
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

  /**
   * Whether this is {@code column = value} (or {@code value = column}): a bind value or an inline
   * value, not another column or expression.
   */
  @Override
  boolean pins(Field<?> column) {
    if (operator != Operator.EQ) {
      return false;
    }
    return (same(left, column) && isValue(right)) || (same(right, column) && isValue(left));
  }

  private static boolean same(Field<?> field, Field<?> column) {
    return field == column || field.equals(column);
  }

  private static boolean isValue(Field<?> field) {
    return field instanceof Val<?> || field instanceof Inline<?> || field instanceof Placeholder<?>;
  }

  @Override
  RowCondition inMemory(InMemory memory) {
    memory.requireComparable(left, right);
    return compiled(memory.expression(left), operator, memory.expression(right), memory);
  }

  /** {@code left op right} in memory: UNKNOWN when either side is null. */
  static RowCondition compiled(
      RowExpression left, Operator operator, RowExpression right, InMemory memory) {
    ComparisonRules rules = memory.rules();
    return record -> {
      Object a = left.evaluate(record);
      if (a == null) {
        return Truth.UNKNOWN;
      }
      Object b = right.evaluate(record);
      if (b == null) {
        return Truth.UNKNOWN;
      }
      return Truth.of(operator.holds(SqlValues.compare(a, b, rules)));
    };
  }

  /**
   * Equal to a comparison of the same shape, including a {@link ValueComparison} of the same field
   * and operator when the right side is a bind value of that field's type: both render one SQL
   * text, so they share one cached rendering.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (other instanceof ValueComparison<?> value) {
      return value.sameShapeAs(this);
    }
    return other instanceof Comparison that
        && operator == that.operator
        && left.equals(that.left)
        && right.equals(that.right);
  }

  @Override
  public int hashCode() {
    return hash(left, operator, right.hashCode());
  }

  static int hash(Field<?> left, Operator operator, int rightHash) {
    return 31 * (31 * left.hashCode() + operator.hashCode()) + rightHash;
  }

  /** Whether this is {@code left op value}, the value bound with {@code left}'s own type. */
  boolean comparesWithValueOfType(Field<?> field, Operator op) {
    return operator == op
        && left.equals(field)
        && right instanceof Val<?> value
        && value.getDataType().equals(field.getDataType());
  }
}
