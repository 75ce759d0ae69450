package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;

/** {@code with [recursive] a (x, y) as (select …), b as (…)}. */
record WithClause(boolean recursive, List<CteImpl<?>> ctes) implements QueryPart {

  WithClause {
    ctes = List.copyOf(ctes);
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(recursive ? "with recursive " : "with ");
    for (int i = 0; i < ctes.size(); i++) {
      if (i > 0) {
        context.sql(", ");
      }
      ctes.get(i).declare(context);
    }
  }
}
