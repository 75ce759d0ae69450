package dev.rex.codegen.scaffold;

import dev.rex.dsl.exception.RexException;

/**
 * A table or column specification {@code rex:new} cannot use; the message names the column (by
 * position and as written) and the part that is wrong. Nothing has been written when it is thrown.
 */
public class ColumnSpecException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error with its full message. */
  public ColumnSpecException(String message) {
    super(message);
  }
}
