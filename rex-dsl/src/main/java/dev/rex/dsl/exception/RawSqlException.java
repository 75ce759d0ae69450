package dev.rex.dsl.exception;

/**
 * Application-written SQL that Rex will not send as given: its {@code ?} placeholders do not match
 * the bind values, or it holds several statements on a database whose driver would silently run
 * only the first. Thrown before anything reaches the database.
 */
public class RawSqlException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error whose message says what was wrong with the SQL and what to do. */
  public RawSqlException(String message) {
    super(message);
  }
}
