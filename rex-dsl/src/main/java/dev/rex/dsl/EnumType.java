package dev.rex.dsl;

/**
 * A Java enum that stands for a database enum type. Generated enums implement it; the literal is
 * the value as the database spells it.
 */
public interface EnumType {

  /** The value as stored in the database, for example {@code "NC-17"}. */
  String getLiteral();
}
