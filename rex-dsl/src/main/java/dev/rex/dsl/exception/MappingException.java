package dev.rex.dsl.exception;

/**
 * A row could not be mapped into a Java type by {@code into(Class)} or {@code fetchInto(Class)}:
 * the type has no constructor, setter or field that fits the row's columns, or a value cannot be
 * converted to the type it is assigned to. The message names the type, the column and the member.
 */
public class MappingException extends RexException {

  private static final long serialVersionUID = 1L;

  /** An error with a message. */
  public MappingException(String message) {
    super(message);
  }

  /** An error with a message and the cause. */
  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
