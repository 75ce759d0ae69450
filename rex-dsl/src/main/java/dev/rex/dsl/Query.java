package dev.rex.dsl;

import dev.rex.dsl.spi.Dialect;

/**
 * A complete statement. Queries are immutable; building one never touches a database. A query built
 * from a {@link DSLContext} is attached to it and can {@link #execute()} directly.
 */
public interface Query extends QueryPart {

  /**
   * Executes the statement and returns the number of affected rows.
   *
   * @throws dev.rex.dsl.exception.DetachedException when the query was built with {@link DSL}
   *     rather than a {@link DSLContext}
   */
  int execute();

  /** The SQL and bind values this query sends on {@code dialect}. Cached by query shape. */
  RenderedQuery render(Dialect dialect);
}
