package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;

/** {@code on conflict [(target…)] do nothing | do update set … [where …]}. */
record Conflict(List<Field<?>> target, boolean doNothing, List<Assignment> set, Condition where)
    implements QueryPart {

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

  @Override
  public void accept(RenderContext context) {
    context.sql(" on conflict");
    boolean qualify = context.qualify(false);
    if (!target.isEmpty()) {
      context.sql(" (");
      Renderer.list(context, target, ", ");
      context.sql(')');
    }
    context.qualify(qualify);
    if (doNothing || set.isEmpty()) {
      context.sql(" do nothing");
      return;
    }
    context.sql(" do update set ");
    Renderer.list(context, set, ", ");
    if (!(where instanceof NoCondition)) {
      context.sql(" where ").visit(where);
    }
  }
}
