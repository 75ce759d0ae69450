package dev.rex.dsl.exception;

/**
 * A query built with {@code DSL} (not attached to a database) was asked to execute. Build it from a
 * {@code DSLContext} such as {@code Rex}, or pass it to {@code db.fetch(query)}.
 */
public class DetachedException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error naming the query that could not run. */
  public DetachedException(String sql) {
    super(
        "This query is not attached to a database, so it cannot run: "
            + sql
            + ". Build it from a Rex instance (db.select(...)) or run it with db.fetch(query) /"
            + " db.execute(query).");
  }
}
