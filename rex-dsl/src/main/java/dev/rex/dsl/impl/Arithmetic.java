package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code (left op right)}; the value has the left operand's type. */
final class Arithmetic<T> extends AbstractField<T> {

  enum Operator {
    PLUS(" + "),
    MINUS(" - "),
    TIMES(" * "),
    DIV(" / "),
    MOD(" % ");

    final String sql;

    Operator(String sql) {
      this.sql = sql;
    }
  }

  private final Field<T> left;
  private final Operator operator;
  private final Field<?> right;

  Arithmetic(Field<T> left, Operator operator, Field<?> right) {
    this.left = left;
    this.operator = operator;
    this.right = right;
  }

  @Override
  public String getName() {
    return left.getName();
  }

  @Override
  public DataType<T> getDataType() {
    return left.getDataType();
  }

  /** See {@link SqlArithmetic}; decimal division and any non-integer remainder are refused. */
  @Override
  RowExpression inMemory(InMemory memory) {
    memory.require(left, SqlValues.Kind.NUMBER, "arithmetic on");
    memory.require(right, SqlValues.Kind.NUMBER, "arithmetic on");
    if (operator == Operator.DIV || operator == Operator.MOD) {
      requireExactlyComputable(memory, left);
      requireExactlyComputable(memory, right);
    }
    RowExpression a = memory.expression(left);
    RowExpression b = memory.expression(right);
    ComparisonRules rules = memory.rules();
    return record -> {
      Object x = a.evaluate(record);
      if (x == null) {
        return null;
      }
      Object y = b.evaluate(record);
      return y == null ? null : SqlArithmetic.apply(operator, (Number) x, (Number) y, rules);
    };
  }

  private void requireExactlyComputable(InMemory memory, Field<?> operand) {
    Class<?> type = operand.getDataType().getType();
    boolean floating = type == Double.class || type == Float.class;
    if (!SqlValues.isIntegral(type) && !(floating && operator == Operator.DIV)) {
      throw memory.unsupported(
          "the "
              + (operator == Operator.DIV ? "division " : "remainder ")
              + this
              + " of "
              + type.getSimpleName()
              + " values, whose rounding is the database's");
    }
  }

  @Override
  public void accept(RenderContext context) {
    boolean integerDivision =
        operator == Operator.DIV
            && SqlValues.isIntegral(left.getDataType().getType())
            && SqlValues.isIntegral(right.getDataType().getType());
    String sql = integerDivision ? context.dialect().integerDivision() : operator.sql;
    context.sql('(').visit(left).sql(sql).visit(right).sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Arithmetic<?> that
        && operator == that.operator
        && left.equals(that.left)
        && right.equals(that.right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left, operator, right);
  }
}
