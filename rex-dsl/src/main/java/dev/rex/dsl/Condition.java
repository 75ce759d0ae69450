package dev.rex.dsl;

/**
 * A boolean SQL expression for WHERE, ON and HAVING. Conditions are immutable; combining them
 * returns new conditions.
 */
public interface Condition extends QueryPart {

  /** {@code this and other}. */
  Condition and(Condition other);

  /** {@code this and not other}. */
  Condition andNot(Condition other);

  /** {@code this or other}. */
  Condition or(Condition other);

  /** {@code this or not other}. */
  Condition orNot(Condition other);

  /** {@code not this}. */
  Condition not();
}
