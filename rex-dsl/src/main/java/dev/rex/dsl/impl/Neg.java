package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** {@code -(field)}. */
final class Neg<T> extends AbstractField<T> {

  private final Field<T> field;

  Neg(Field<T> field) {
    this.field = field;
  }

  @Override
  public String getName() {
    return field.getName();
  }

  @Override
  public DataType<T> getDataType() {
    return field.getDataType();
  }

  @Override
  RowExpression inMemory(InMemory memory) {
    memory.require(field, SqlValues.Kind.NUMBER, "the negation of");
    RowExpression value = memory.expression(field);
    ComparisonRules rules = memory.rules();
    return record -> {
      Object number = value.evaluate(record);
      return number == null ? null : SqlArithmetic.negate((Number) number, rules);
    };
  }

  @Override
  public void accept(RenderContext context) {
    context.sql("-(").visit(field).sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Neg<?> that && field.equals(that.field);
  }

  @Override
  public int hashCode() {
    return ~field.hashCode();
  }
}
