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
   * The rendering a runtime binds this query's values from, one by one with {@link #bindValue}: a
   * prepared query's execution leaves its arguments out of it, so that nothing is made per
   * execution. {@link #complete} puts them in.
   */
  RenderedQuery renderForBinding(Dialect dialect) {
    return render(dialect);
  }

  /** The value of bind {@code index} of {@code rendered}, from {@link #renderForBinding}. */
  @Nullable Object bindValue(RenderedQuery rendered, int index) {
    return rendered.bindValue(index);
  }

  /** {@code rendered}, from {@link #renderForBinding}, with all of this query's bind values. */
  RenderedQuery complete(RenderedQuery rendered) {
    return rendered;
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
