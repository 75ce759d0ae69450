package dev.rex.dsl;

import dev.rex.dsl.spi.RenderContext;

/**
 * Any piece of a query that can render itself as SQL.
 *
 * <p>Implementations are immutable values. Two parts are {@code equals} when they render the same
 * SQL, whatever their bind values: that is what lets Rex cache rendered SQL by query shape.
 */
public interface QueryPart {

  /**
   * Appends this part's SQL and bind values to the context. Called by renderers and dialects;
   * application code does not need it.
   */
  void accept(RenderContext context);
}
