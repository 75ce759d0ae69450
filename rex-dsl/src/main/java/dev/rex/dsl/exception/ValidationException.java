package dev.rex.dsl.exception;

import dev.rex.dsl.Violation;
import java.util.List;

/**
 * A record was not written because it breaks constraints of its table or rules of the application.
 * Thrown before any SQL is sent; {@link #violations()} lists every broken rule with its column and
 * offending value, and the message has one sentence per violation.
 */
public class ValidationException extends RexException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // violations are plain values; a serialized exception keeps them
  private final List<Violation> violations;

  /**
   * An exception for {@code violations}, which must not be empty.
   *
   * @throws IllegalArgumentException when {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A validation failure needs at least one violation.");
    }
    StringBuilder text = new StringBuilder();
    long tables = violations.stream().map(Violation::table).distinct().count();
    text.append(
        tables == 1
            ? "Nothing was written to " + violations.get(0).table()
            : "Nothing was written to " + tables + " tables");
    text.append(
        violations.size() == 1
            ? ": 1 rule is broken."
            : ": " + violations.size() + " rules are broken.");
    for (Violation violation : violations) {
      text.append("\n  ").append(violation.message());
    }
    return text.toString();
  }

  /** Every violation, in the order they were found. */
  public List<Violation> violations() {
    return violations;
  }
}
