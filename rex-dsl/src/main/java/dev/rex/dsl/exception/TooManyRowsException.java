package dev.rex.dsl.exception;

/** A query expected to return at most one row returned more. */
public class TooManyRowsException extends DataAccessException {

  private static final long serialVersionUID = 1L;

  /** An error naming the query. */
  public TooManyRowsException(String sql) {
    super("Expected at most one row, but the query returned more: " + sql, sql, null, null);
  }
}
