package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/**
 * A query built with {@code DSL} (not attached to a database) was asked to execute, or a record
 * that is not attached was asked to write itself. Build the query from a {@code DSLContext} such as
 * {@code Rex}, or pass it to {@code db.fetch(query)}; create records with {@code db.newRecord}.
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

  private DetachedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** An error for a table record that cannot write itself because it is not attached. */
  public static DetachedException forRecord(String table) {
    return new DetachedException(
        "This record of "
            + table
            + " is not attached to a database, so it cannot be inserted, updated, stored, deleted"
            + " or refreshed. Create it with db.newRecord(table), fetch it through a Rex instance,"
            + " or attach it first with record.attach(db).",
        null);
  }
}
