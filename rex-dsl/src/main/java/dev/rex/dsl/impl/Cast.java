package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code cast(field as type)}, with the type spelled by the dialect. The spelling is checked again
 * here, so that a dialect that builds type names of its own cannot paste unchecked text.
 */
final class Cast<T> extends AbstractField<T> {

  private final Field<?> field;
  private final DataType<T> type;

  Cast(Field<?> field, DataType<T> type) {
    this.field = field;
    this.type = type;
  }

  @Override
  public String getName() {
    return field.getName();
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql("cast(").visit(field);
    if (context.rendersSql()) { // a binds-only pass of a cached shape needs no type name
      context.sql(" as ").sql(SqlNames.checkTypeName(context.dialect().castTypeName(type)));
    }
    context.sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Cast<?> that && type.equals(that.type) && field.equals(that.field);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, type);
  }
}
