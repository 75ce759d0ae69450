package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** {@code excluded."column"}: the value an upsert proposed for a conflicting row. */
final class Excluded<T> extends AbstractField<T> {

  private final Field<T> field;

  Excluded(Field<T> field) {
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
  public void accept(RenderContext context) {
    context.dialect().renderExcluded(context, field.getName());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Excluded<?> that && field.equals(that.field);
  }

  @Override
  public int hashCode() {
    return 31 * field.hashCode() + 7;
  }
}
