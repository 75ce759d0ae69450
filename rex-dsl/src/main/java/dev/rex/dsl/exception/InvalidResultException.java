package dev.rex.dsl.exception;

/**
 * A result does not have the shape a fetch method promised, for example two rows with the same key
 * for {@code fetchMap}. Nothing is returned.
 */
public class InvalidResultException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error with a message. */
  public InvalidResultException(String message) {
    super(message);
  }
}
