package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/** The syntax tree of {@code delete from t [where …] [returning …]}. */
record DeleteModel(Table<?> table, Condition where, @Nullable Returning returning)
    implements QueryPart {

  DeleteModel withWhere(Condition condition) {
    return new DeleteModel(table, condition, returning);
  }

  DeleteModel withReturning(Returning clause) {
    return new DeleteModel(table, where, clause);
  }

  @Override
  public void accept(RenderContext context) {
    RenderContext.Position outer = context.position(RenderContext.Position.TABLE_DECLARATION);
    context.sql("delete from ").visit(table);
    context.position(RenderContext.Position.REFERENCE);
    if (!(where instanceof NoCondition)) {
      context.sql(" where ").visit(where);
    }
    if (returning != null) {
      context.visit(returning);
    }
    context.position(outer);
  }
}
