package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.OnConflict;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code on conflict [(target…)] do nothing | do update set … [where …]}, or what the dialect
 * writes for it ({@link dev.rex.dsl.spi.Dialect#renderOnConflict}).
 */
record Conflict(List<Field<?>> target, boolean doNothing, List<Assignment> set, Condition where) {

  Conflict {
    target = List.copyOf(target);
    set = List.copyOf(set);
  }

  Conflict withSet(Assignment assignment) {
    List<Assignment> more = new ArrayList<>(set);
    more.add(assignment);
    return new Conflict(target, false, more, where);
  }

  Conflict withWhere(Condition condition) {
    return new Conflict(target, doNothing, set, condition);
  }

  /** Renders the clause of an INSERT that sets {@code columns}. */
  void render(RenderContext context, List<Field<?>> columns) {
    List<QueryPart> assignments = List.copyOf(set);
    Condition condition = where instanceof NoCondition ? null : where;
    context
        .dialect()
        .renderOnConflict(
            context, new OnConflict(target, doNothing, assignments, condition, columns));
  }
}
