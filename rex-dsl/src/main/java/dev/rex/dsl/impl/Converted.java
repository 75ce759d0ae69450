package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code field.convertFrom(converter)}: renders as the field and reads as it, then {@link
 * RowRecordType} passes each non-null value through the converter ({@link ReadConversion}). Its
 * data type is the field's, since that is what a binding reads.
 */
final class Converted<T, U> extends AbstractField<U> implements ReadConversion {

  private final Field<T> field;
  private final Function<? super T, ? extends U> converter;

  Converted(Field<T> field, Function<? super T, ? extends U> converter) {
    this.field = field;
    this.converter = converter;
  }

  @Override
  public String getName() {
    return field.getName();
  }

  @Override
  @SuppressWarnings("unchecked")
  public DataType<U> getDataType() {
    return (DataType<U>) (DataType<?>) field.getDataType();
  }

  @Override
  public void accept(RenderContext context) {
    context.visit(field);
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable Object convertRead(@Nullable Object read) {
    return read == null ? null : converter.apply((T) read);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Converted<?, ?> that
        && field.equals(that.field)
        && converter.equals(that.converter);
  }

  @Override
  public int hashCode() {
    return field.hashCode() * 31 + 3;
  }
}
