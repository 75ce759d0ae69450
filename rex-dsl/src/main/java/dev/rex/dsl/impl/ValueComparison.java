package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/**
 * {@code column op ?}: a field compared with a value of its own type, as {@code ALBUM_ID.eq(5)}
 * writes it. It renders, binds and compares exactly as a {@link Comparison} with a {@link Val} of
 * the field's type would, in one object instead of two, since the value's type and column are the
 * field's.
 */
final class ValueComparison<T> extends AbstractCondition {

  private final AbstractField<T> left;
  private final Comparison.Operator operator;
  private final T value;

  ValueComparison(AbstractField<T> left, Comparison.Operator operator, T value) {
    this.left = left;
    this.operator = operator;
    this.value = value;
  }

  /** The field compared. */
  AbstractField<T> field() {
    return left;
  }

  Comparison.Operator operator() {
    return operator;
  }

  /** The value compared with, which the comparison binds. */
  T value() {
    return value;
  }

  @Override
  public void accept(RenderContext context) {
    context.visit(left).sql(operator.sql).bind(value, left.getDataType(), Val.columnOf(left));
  }

  /** Whether this is {@code column = value}. */
  @Override
  boolean pins(Field<?> column) {
    return operator == Comparison.Operator.EQ && (left == column || left.equals(column));
  }

  @Override
  RowCondition inMemory(InMemory memory) {
    return new Comparison(left, operator, new Val<>(value, left.getDataType(), left))
        .inMemory(memory);
  }

  /**
   * Equal to another comparison of the same field with the same operator, and to a {@link
   * Comparison} of that field with a bind value of its type: one SQL text, one cached rendering.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (other instanceof Comparison comparison) {
      return sameShapeAs(comparison);
    }
    return other instanceof ValueComparison<?> that
        && operator == that.operator
        && left.equals(that.left);
  }

  /**
   * Whether {@code comparison} is this field and operator with a bind value of the field's type.
   */
  boolean sameShapeAs(Comparison comparison) {
    return comparison.comparesWithValueOfType(left, operator);
  }

  /** As {@link Comparison#hashCode} of the same comparison with a {@link Val}. */
  @Override
  public int hashCode() {
    return Comparison.hash(left, operator, left.getDataType().hashCode());
  }
}
