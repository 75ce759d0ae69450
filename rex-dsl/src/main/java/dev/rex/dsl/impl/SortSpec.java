package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.SortField;
import dev.rex.dsl.SortOrder;
import dev.rex.dsl.spi.RenderContext;

/** {@code field asc|desc [nulls first|last]}. */
record SortSpec<T>(Field<T> field, SortOrder order, Nulls nulls) implements SortField<T> {

  enum Nulls {
    DEFAULT,
    FIRST,
    LAST
  }

  @Override
  public Field<T> getField() {
    return field;
  }

  @Override
  public SortOrder getOrder() {
    return order;
  }

  @Override
  public SortField<T> nullsFirst() {
    return new SortSpec<>(field, order, Nulls.FIRST);
  }

  @Override
  public SortField<T> nullsLast() {
    return new SortSpec<>(field, order, Nulls.LAST);
  }

  @Override
  public void accept(RenderContext context) {
    Boolean nullsFirst = nulls == Nulls.DEFAULT ? null : nulls == Nulls.FIRST;
    context.dialect().renderSort(context, field, order == SortOrder.DESC, nullsFirst);
  }
}
