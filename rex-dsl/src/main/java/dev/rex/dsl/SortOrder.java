package dev.rex.dsl;

/** The direction of an ORDER BY term. */
public enum SortOrder {
  ASC,
  DESC
}
