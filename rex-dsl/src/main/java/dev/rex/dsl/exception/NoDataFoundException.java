package dev.rex.dsl.exception;

/** A query expected to return exactly one row returned none. */
public class NoDataFoundException extends DataAccessException {

  private static final long serialVersionUID = 1L;

  /** An error naming the query. */
  public NoDataFoundException(String sql) {
    super("Expected exactly one row, but the query returned none: " + sql, sql, null, null);
  }
}
