package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.WindowSpecification;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;

/** {@code partition by … order by … [rows between unbounded preceding and current row]}. */
record WindowSpec(List<Field<?>> partitionBy, List<OrderField<?>> orderBy, boolean runningFrame)
    implements WindowSpecification {

  static final WindowSpec EMPTY = new WindowSpec(List.of(), List.of(), false);

  WindowSpec {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
  }

  @Override
  public WindowSpecification orderBy(OrderField<?>... fields) {
    return new WindowSpec(partitionBy, List.of(fields), runningFrame);
  }

  @Override
  public WindowSpecification rowsUnboundedPrecedingToCurrentRow() {
    return new WindowSpec(partitionBy, orderBy, true);
  }

  @Override
  public void accept(RenderContext context) {
    String separator = "";
    if (!partitionBy.isEmpty()) {
      context.sql("partition by ");
      Renderer.list(context, partitionBy, ", ");
      separator = " ";
    }
    if (!orderBy.isEmpty()) {
      context.sql(separator).sql("order by ");
      Renderer.list(context, orderBy, ", ");
      separator = " ";
    }
    if (runningFrame) {
      context.sql(separator).sql("rows between unbounded preceding and current row");
    }
  }
}
