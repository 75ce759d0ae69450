package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** {@code (select …)} used as a value: a query of one column and at most one row. */
final class ScalarSubquery<T> extends AbstractField<T> {

  private final SelectModel select;
  private final DataType<T> type;
  private final String name;

  ScalarSubquery(SelectModel select, DataType<T> type, String name) {
    this.select = select;
    this.type = type;
    this.name = name;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql('(').visit(select).sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ScalarSubquery<?> that && select.equals(that.select);
  }

  @Override
  public int hashCode() {
    return select.hashCode();
  }
}
