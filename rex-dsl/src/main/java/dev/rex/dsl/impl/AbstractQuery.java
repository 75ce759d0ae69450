package dev.rex.dsl.impl;

import dev.rex.dsl.Query;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RenderContext;
import org.jspecify.annotations.Nullable;

/**
 * A statement: an immutable model (its shape, the cache key) plus the executor it is attached to,
 * if any.
 */
abstract sealed class AbstractQuery implements Query
    permits AbstractResultQuery, DeleteImpl, DmlQuery, UpdateImpl {

  final @Nullable QueryExecutor executor;

  AbstractQuery(@Nullable QueryExecutor executor) {
    this.executor = executor;
  }

  /** The syntax tree; equal models render equal SQL. */
  abstract QueryPart model();

  final QueryExecutor executor() {
    if (executor == null) {
      throw Failures.detached(toString());
    }
    return executor;
  }

  @Override
  public final void accept(RenderContext context) {
    model().accept(context);
  }

  @Override
  public RenderedQuery render(Dialect dialect) {
    return Renderer.render(model(), dialect);
  }

  /**
   * The rendering a runtime binds this query's values from, one by one with {@link #bindValue}: for
   * a query of a cached shape of one bind, the shape's rendering without its value, so that a
   * lookup built per call makes no rendering of its own; a prepared query's execution leaves its
   * arguments out of it, so that nothing is made per execution. {@link #complete} puts them in.
   */
  RenderedQuery renderForBinding(Dialect dialect) {
    return Renderer.renderForBinding(model(), dialect);
  }

  /**
   * The value of bind {@code index} of {@code rendered}, from {@link #renderForBinding}; {@link
   * QueryBinding#NOT_ITS_SHAPE} when this query's binds are not those of the shape {@code rendered}
   * leaves the values out of (then only {@link #complete} has them).
   */
  @Nullable Object bindValue(RenderedQuery rendered, int index, Dialect dialect) {
    return rendered.hasValues()
        ? rendered.bindValue(index)
        : Renderer.onlyValue(model(), dialect, rendered, QueryBinding.NOT_ITS_SHAPE);
  }

  /** {@code rendered}, from {@link #renderForBinding}, with all of this query's bind values. */
  RenderedQuery complete(RenderedQuery rendered, Dialect dialect) {
    return rendered.hasValues() ? rendered : render(dialect);
  }

  @Override
  public int execute() {
    return executor().execute(this);
  }

  @Override
  public final String toString() {
    return Renderer.inline(model());
  }
}
