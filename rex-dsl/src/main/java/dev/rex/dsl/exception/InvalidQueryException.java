package dev.rex.dsl.exception;

/**
 * A query that Rex cannot turn into valid SQL, for example a SELECT with no columns and no table to
 * take them from. Thrown when the query is rendered, before anything reaches the database.
 */
public class InvalidQueryException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error whose message says what is missing and what to do. */
  public InvalidQueryException(String message) {
    super(message);
  }
}
