package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The only column of a nested select rendered in place, for a dialect whose derived tables cannot
 * refer to the enclosing query ({@link dev.rex.dsl.spi.Dialect#correlatesDerivedTables()}): the
 * aggregate of the select's own columns, sort terms and row limit, which the dialect writes ({@link
 * dev.rex.dsl.spi.Dialect#renderMultisetAggregate}).
 */
final class NestedAggregate extends AbstractField<String> {

  private final List<QueryPart> columns;
  private final List<QueryPart> orderBy;
  private final @Nullable Field<Integer> limit;
  private final @Nullable Field<Integer> offset;

  NestedAggregate(
      List<? extends QueryPart> columns,
      List<OrderField<?>> orderBy,
      @Nullable Field<Integer> limit,
      @Nullable Field<Integer> offset) {
    this.columns = List.copyOf(columns);
    this.orderBy = List.copyOf(orderBy);
    this.limit = limit;
    this.offset = offset;
  }

  @Override
  public String getName() {
    return Multiset.ROWS;
  }

  @Override
  public DataType<String> getDataType() {
    return SQLDataType.VARCHAR;
  }

  @Override
  public void accept(RenderContext context) {
    context.dialect().renderMultisetAggregate(context, columns, orderBy, limit, offset);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NestedAggregate that
        && columns.equals(that.columns)
        && orderBy.equals(that.orderBy)
        && java.util.Objects.equals(limit, that.limit)
        && java.util.Objects.equals(offset, that.offset);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(columns, orderBy, limit, offset);
  }
}
