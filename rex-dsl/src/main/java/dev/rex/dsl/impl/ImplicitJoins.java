package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the tables a SELECT reaches by navigation ({@code TRACK.album().artist().NAME}) and renders
 * their joins after the explicit FROM and JOINs, parents before children. The search is a render
 * pass that produces no SQL and stops at subqueries, which have their own FROM.
 */
final class ImplicitJoins extends SilentRenderContext {

  private final Set<TableImpl<?>> found = new LinkedHashSet<>();

  private ImplicitJoins(Dialect dialect) {
    super(dialect);
  }

  /** Renders the joins for the navigated tables among {@code parts} that FROM lacks. */
  static void render(
      RenderContext context, List<? extends QueryPart> parts, Set<Table<?>> declared) {
    ImplicitJoins search = new ImplicitJoins(context.dialect());
    parts.forEach(search::visit);
    List<TableImpl<?>> tables = new ArrayList<>();
    for (TableImpl<?> table : search.found) {
      for (TableImpl<?> step = table; step != null && step.path() != null; step = child(step)) {
        if (!declared.contains(step) && !tables.contains(step)) {
          tables.add(step);
        }
      }
    }
    tables.sort(Comparator.comparingInt(ImplicitJoins::depth));
    RenderContext.Position outer = context.position();
    for (TableImpl<?> table : tables) {
      TablePath path = table.path();
      context.position(RenderContext.Position.TABLE_DECLARATION);
      context.sql(path.optional() ? " left join " : " join ").visit(table);
      context.position(RenderContext.Position.REFERENCE);
      context.sql(" on ").visit(path.condition(table));
    }
    context.position(outer);
  }

  private static @Nullable TableImpl<?> child(TableImpl<?> table) {
    return table.path().child() instanceof TableImpl<?> impl ? impl : null;
  }

  private static int depth(TableImpl<?> table) {
    int depth = 0;
    for (TableImpl<?> step = table; step != null && step.path() != null; step = child(step)) {
      depth++;
    }
    return depth;
  }

  /** Called by a column as it renders: its table counts if it was reached by navigation. */
  void referenced(Table<?> table) {
    if (table instanceof TableImpl<?> impl && impl.path() != null) {
      found.add(impl);
    }
  }

  @Override
  public RenderContext visit(QueryPart part) {
    if (!(part instanceof SelectModel)) {
      part.accept(this);
    }
    return this;
  }
}
