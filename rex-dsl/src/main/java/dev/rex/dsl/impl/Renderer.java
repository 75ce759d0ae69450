package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
  static final ThreadLocal<DefaultRenderContext> BINDS = new ThreadLocal<>();

  private Renderer() {}

  static RenderedQuery render(QueryPart model, Dialect dialect) {
    SqlCache cache = CACHES.get(dialect.getClass());
    return render(model, dialect, cache, cache.get(model));
  }

  private static RenderedQuery render(
      QueryPart model, Dialect dialect, SqlCache cache, @Nullable RenderedShape shape) {
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

  /**
   * What a runtime binds a query of {@code model} from: for a cached shape of one bind, the shape's
   * rendering {@linkplain RenderedQuery#withoutValues without its value}, which {@link #onlyValue}
   * then takes from the model (nothing is made per execution); else the rendering.
   */
  static RenderedQuery renderForBinding(QueryPart model, Dialect dialect) {
    SqlCache cache = CACHES.get(dialect.getClass());
    RenderedShape shape = cache.get(model);
    if (shape != null && shape.withoutValues != null) {
      return shape.withoutValues;
    }
    return render(model, dialect, cache, shape);
  }

  /**
   * As above, for {@code model} with {@code where} as its WHERE (a {@link SelectWhere}), looked up
   * without making that model unless it must be rendered.
   */
  static RenderedQuery renderForBinding(SelectModel model, Condition where, Dialect dialect) {
    SqlCache cache = CACHES.get(dialect.getClass());
    RenderedShape shape = WhereProbe.lookUp(cache, model, where);
    if (shape != null && shape.withoutValues != null) {
      return shape.withoutValues;
    }
    return render(model.withWhere(where), dialect, cache, shape);
  }

  /**
   * The one bind value of {@code model}, whose shape {@code template} renders without it; {@code
   * otherwise} when the model's bind differs from the shape's in type or column (the model then
   * needs a rendering of its own).
   */
  static @Nullable Object onlyValue(
      QueryPart model, Dialect dialect, RenderedQuery template, Object otherwise) {
    DefaultRenderContext binds = DefaultRenderContext.reuseForOneBind(BINDS, dialect, template);
    try {
      model.accept(binds);
      return binds.onlyValue(otherwise);
    } finally {
      binds.release();
    }
  }

  /** As above, for {@code model} with {@code where} as its WHERE, without making that model. */
  static @Nullable Object onlyValue(
      SelectModel model,
      Condition where,
      Dialect dialect,
      RenderedQuery template,
      Object otherwise) {
    DefaultRenderContext binds = DefaultRenderContext.reuseForOneBind(BINDS, dialect, template);
    try {
      model.bindsWithWhere(binds, where);
      return binds.onlyValue(otherwise);
    } finally {
      binds.release();
    }
  }

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
