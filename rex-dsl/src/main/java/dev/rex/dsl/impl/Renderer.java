package dev.rex.dsl.impl;

import dev.rex.dsl.QueryPart;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;

/**
 * Turns query models into SQL. The first time a shape is seen on a dialect it is rendered fully and
 * the text cached; later queries of the same shape only walk the tree to collect their bind values,
 * which costs a fraction of rendering.
 */
final class Renderer {

  private static final ClassValue<SqlCache> CACHES =
      new ClassValue<>() {
        @Override
        protected SqlCache computeValue(Class<?> dialectClass) {
          return new SqlCache();
        }
      };

  /** Each thread's context for binds-only walks (see {@link DefaultRenderContext#reuse}). */
  private static final ThreadLocal<DefaultRenderContext> BINDS = new ThreadLocal<>();

  private Renderer() {}

  static RenderedQuery render(QueryPart model, Dialect dialect) {
    SqlCache cache = CACHES.get(dialect.getClass());
    RenderedShape shape = cache.get(model);
    if (shape != null) {
      DefaultRenderContext binds = DefaultRenderContext.reuse(BINDS, dialect, shape);
      try {
        model.accept(binds);
        return binds.result(shape);
      } finally {
        binds.release();
      }
    }
    DefaultRenderContext context = DefaultRenderContext.rendering(dialect);
    model.accept(context);
    RenderedQuery rendered = context.result(context.sql());
    cache.put(model, context.shape(rendered.sql()));
    return rendered;
  }

  /** The number of shapes cached for a dialect; for tests. */
  static int cachedShapes(Dialect dialect) {
    return CACHES.get(dialect.getClass()).size();
  }

  /**
   * SQL and binds of any part, for {@code toString()}; PostgreSQL syntax, not cached. A part that
   * PostgreSQL would refuse (a name it cannot keep whole) says so instead of throwing.
   */
  static String inline(QueryPart part) {
    DefaultRenderContext context = DefaultRenderContext.rendering(PostgresDialect.INSTANCE);
    try {
      part.accept(context);
    } catch (RexException refused) {
      return "(not renderable: " + refused.getMessage() + ")";
    }
    return context.result(context.sql()).toString();
  }

  static void list(RenderContext context, List<? extends QueryPart> parts, String separator) {
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        context.sql(separator);
      }
      context.visit(parts.get(i));
    }
  }
}
