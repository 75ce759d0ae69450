package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SQL row constructor {@code (a, b, …)}, the operand of a row comparison. PostgreSQL and SQLite
 * (3.15+) compare such rows column by column; it is never selected or read.
 */
final class RowTuple extends AbstractField<Object> {

  private static final DataType<Object> ROW = DataType.of(Object.class, SqlType.OTHER, "row");

  private final List<Field<?>> fields;

  RowTuple(List<Field<?>> fields) {
    this.fields = List.copyOf(fields);
  }

  @Override
  public String getName() {
    return "row";
  }

  @Override
  public DataType<Object> getDataType() {
    return ROW;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql('(');
    Renderer.list(context, fields, ", ");
    context.sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RowTuple that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode() * 31 + 5;
  }
}
