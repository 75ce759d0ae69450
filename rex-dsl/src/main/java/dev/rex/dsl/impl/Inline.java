package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.spi.RenderContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number or boolean written into the SQL text ({@code DSL.inline}). Only these types are written:
 * their text is produced here from the value, never from user-supplied characters, so it cannot
 * inject SQL. Unlike a bind value, the value is part of the statement's shape.
 */
final class Inline<T> extends AbstractField<T> {

  private final T value;
  private final DataType<T> type;

  private Inline(T value, DataType<T> type) {
    this.value = value;
    this.type = type;
  }

  /** {@code value} inline when it is a number or boolean of the JDK, else as a bind value. */
  static <T> AbstractField<T> of(T value) {
    Val<T> bound = Val.infer(value);
    if (literal(value) == null) {
      return bound;
    }
    return new Inline<>(value, bound.getDataType());
  }

  private static @Nullable String literal(Object value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Boolean truth) {
      return truth ? "true" : "false";
    }
    return null;
  }

  @Override
  public String getName() {
    return "inline";
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  @Override
  RowExpression inMemory(InMemory memory) {
    return RowExpression.constant(value);
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(Objects.requireNonNull(literal(value)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Inline<?> that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
