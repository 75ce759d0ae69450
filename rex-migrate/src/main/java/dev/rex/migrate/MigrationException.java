package dev.rex.migrate;

import dev.rex.dsl.exception.RexException;
import org.jspecify.annotations.Nullable;

/** A migration command could not do its work. Subclasses name the files involved. */
public class MigrationException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error with a message. */
  public MigrationException(String message) {
    super(message);
  }

  /** An error with a message and the cause. */
  public MigrationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
