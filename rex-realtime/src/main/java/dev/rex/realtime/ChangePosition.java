package dev.rex.realtime;

/**
 * A place in the change log: changes are numbered in the order they are delivered, without gaps,
 * and a subscriber that resumes {@linkplain ChangeStream#after after} a position receives every
 * later change once. Its text form (the SSE event id) is the decimal number.
 *
 * @param value the number of the last change at or before this place; {@code 0} is the beginning
 */
public record ChangePosition(long value) implements Comparable<ChangePosition> {

  /** Before the first change ever logged. */
  public static final ChangePosition BEGINNING = new ChangePosition(0);

  public ChangePosition {
    if (value < 0) {
      throw new IllegalArgumentException("A change position is not negative: " + value);
    }
  }

  /**
   * Reads the text form.
   *
   * @throws IllegalArgumentException when {@code text} is not a non-negative decimal number
   */
  public static ChangePosition parse(String text) {
    try {
      return new ChangePosition(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a change position: '" + text + "'", e);
    }
  }

  /** Whether this place is after {@code other}. */
  public boolean isAfter(ChangePosition other) {
    return value > other.value;
  }

  @Override
  public int compareTo(ChangePosition other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
