package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.RenderContext;

/** {@code [left|right|full|cross] join table [on condition]}. */
record Join(Type type, Table<?> table, Condition on) implements QueryPart {

  enum Type {
    INNER(" join "),
    LEFT(" left join "),
    RIGHT(" right join "),
    FULL(" full join "),
    CROSS(" cross join ");

    final String sql;

    Type(String sql) {
      this.sql = sql;
    }
  }

  Join withOn(Condition condition) {
    return new Join(type, table, condition);
  }

  @Override
  public void accept(RenderContext context) {
    RenderContext.Position outer = context.position(RenderContext.Position.TABLE_DECLARATION);
    context.sql(type.sql).visit(table);
    context.position(RenderContext.Position.REFERENCE);
    if (type != Type.CROSS) {
      context.sql(" on ").visit(on);
    }
    context.position(outer);
  }
}
