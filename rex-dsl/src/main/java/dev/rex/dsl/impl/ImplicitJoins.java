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

  private final Set<Table<?>> found = new LinkedHashSet<>();

  private ImplicitJoins(Dialect dialect) {
    super(dialect);
  }

  /** Renders the joins for the navigated tables among {@code parts} that FROM lacks. */
  static void render(
      RenderContext context, List<? extends QueryPart> parts, Set<Table<?>> declared) {
    ImplicitJoins search = new ImplicitJoins(context.dialect());
    // loops rather than method references: a query without navigation builds no lambda
    for (QueryPart part : parts) {
      search.visit(part);
    }
    List<Table<?>> tables = new ArrayList<>();
    for (Table<?> table : search.found) {
      for (Table<?> step = table; step != null && TablePath.of(step) != null; step = child(step)) {
        if (!declared.contains(step) && !tables.contains(step)) {
          tables.add(step);
        }
      }
    }
    if (tables.size() > 1) {
      tables.sort(Comparator.comparingInt(ImplicitJoins::depth));
    }
    RenderContext.Position outer = context.position();
    for (Table<?> table : tables) {
      TablePath path = java.util.Objects.requireNonNull(TablePath.of(table));
      context.position(RenderContext.Position.TABLE_DECLARATION);
      context.sql(path.optional() ? " left join " : " join ").visit(table);
      context.position(RenderContext.Position.REFERENCE);
      context.sql(" on ").visit(path.condition(table));
    }
    context.position(outer);
  }

  private static @Nullable Table<?> child(Table<?> table) {
    TablePath path = TablePath.of(table);
    return path == null ? null : path.child();
  }

  private static int depth(Table<?> table) {
    int depth = 0;
    for (Table<?> step = table; step != null && TablePath.of(step) != null; step = child(step)) {
      depth++;
    }
    return depth;
  }

  /** Called by a column as it renders: its table counts if it was reached by navigation. */
  void referenced(Table<?> table) {
    if (TablePath.of(table) != null) {
      found.add(table);
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
