package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code DSL.field(sql, type, binds…)}: SQL text typed as {@code T}, with bound placeholders. */
final class PlainSqlField<T> extends AbstractField<T> {

  private final PlainSql sql;
  private final DataType<T> type;

  PlainSqlField(PlainSql sql, DataType<T> type) {
    this.sql = sql;
    this.type = type;
  }

  @Override
  public String getName() {
    return sql.sql();
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  @Override
  public void accept(RenderContext context) {
    PlainSqlFragment.render(context, sql);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlainSqlField<?> that && sql.equals(that.sql) && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sql, type);
  }
}
