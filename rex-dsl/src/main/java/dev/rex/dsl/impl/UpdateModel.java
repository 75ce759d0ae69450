package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The syntax tree of {@code update t set … [from …] [where …] [returning …]}. */
record UpdateModel(
    Table<?> table,
    List<Assignment> set,
    List<Table<?>> from,
    Condition where,
    @Nullable Returning returning)
    implements QueryPart {

  UpdateModel {
    set = List.copyOf(set);
    from = List.copyOf(from);
  }

  UpdateModel withSet(List<Assignment> assignments) {
    return new UpdateModel(table, assignments, from, where, returning);
  }

  UpdateModel withFrom(List<Table<?>> tables) {
    return new UpdateModel(table, set, tables, where, returning);
  }

  UpdateModel withWhere(Condition condition) {
    return new UpdateModel(table, set, from, condition, returning);
  }

  UpdateModel withReturning(Returning clause) {
    return new UpdateModel(table, set, from, where, clause);
  }

  @Override
  public void accept(RenderContext context) {
    RenderContext.Position outer = context.position(RenderContext.Position.TABLE_DECLARATION);
    context.sql("update ").visit(table);
    context.position(RenderContext.Position.REFERENCE);
    context.sql(" set ");
    Renderer.list(context, set, ", ");
    if (!from.isEmpty()) {
      context.position(RenderContext.Position.TABLE_DECLARATION);
      context.sql(" from ");
      Renderer.list(context, from, ", ");
      context.position(RenderContext.Position.REFERENCE);
    }
    if (!(where instanceof NoCondition)) {
      context.sql(" where ").visit(where);
    }
    if (returning != null) {
      context.visit(returning);
    }
    context.position(outer);
  }
}
