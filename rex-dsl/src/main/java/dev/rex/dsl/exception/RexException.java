package dev.rex.dsl.exception;

import org.jspecify.annotations.Nullable;

/** The root of every error Rex throws. Unchecked. */
public class RexException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An error with a message. */
  public RexException(String message) {
    super(message);
  }

  /** An error with a message and the cause. */
  public RexException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
