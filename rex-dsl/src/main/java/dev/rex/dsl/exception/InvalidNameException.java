package dev.rex.dsl.exception;

/**
 * A name that Rex refuses to put into SQL: an identifier or alias containing a NUL character (no
 * database accepts one, and PostgreSQL's protocol cannot even carry it), or a type name outside the
 * grammar of {@link dev.rex.dsl.spi.SqlNames#checkTypeName}. Thrown where the name is made, before
 * anything reaches the database.
 */
public class InvalidNameException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error whose message says what was wrong with the name and what to do. */
  public InvalidNameException(String message) {
    super(message);
  }
}
