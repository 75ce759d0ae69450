package dev.rex.dsl.impl;

import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * How a runtime binds a query built by Rex without a rendering of its own: the rendering to bind
 * from, each value, and the complete rendering for anyone who is shown the statement (a listener).
 * For the runtime; not part of the API.
 */
public final class QueryBinding {

  private QueryBinding() {}

  /**
   * What {@link #bindValue} returns when {@code query}'s binds are not of the shape its rendering
   * for binding came from (a part whose equality leaves a bind's type or column out): bind from
   * {@link #complete} instead.
   */
  public static final Object NOT_ITS_SHAPE = new Object();

  /**
   * What a runtime binds {@code query}'s values from, one by one with {@link #bindValue}: its
   * rendering, except that a query of a cached shape of one bind gets the shape's rendering without
   * its value and a prepared query's execution leaves its arguments out, so that binding makes
   * nothing per execution ({@link RenderedQuery#hasValues()} is then false for the first). Only
   * {@link #complete} shows it to anyone.
   */
  public static RenderedQuery renderForBinding(Query query, Dialect dialect) {
    return query instanceof AbstractQuery own
        ? own.renderForBinding(dialect)
        : query.render(dialect);
  }

  /**
   * The value of bind {@code index} of {@code query}, rendered by {@link #renderForBinding} for
   * {@code dialect}, or {@link #NOT_ITS_SHAPE}.
   */
  public static @Nullable Object bindValue(
      Query query, RenderedQuery rendered, int index, Dialect dialect) {
    return query instanceof AbstractQuery own
        ? own.bindValue(rendered, index, dialect)
        : rendered.bindValue(index);
  }

  /**
   * {@code rendered}, from {@link #renderForBinding} for {@code dialect}, with every bind value of
   * {@code query}.
   */
  public static RenderedQuery complete(Query query, RenderedQuery rendered, Dialect dialect) {
    return query instanceof AbstractQuery own ? own.complete(rendered, dialect) : rendered;
  }
}
