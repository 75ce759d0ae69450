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

  @Override
  public int execute() {
    return executor().execute(this);
  }

  @Override
  public final String toString() {
    return Renderer.inline(model());
  }
}
