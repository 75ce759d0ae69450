package dev.rex.graphql.model;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name the constraint's name
 * @param columns the referencing columns, in key order
 * @param targetTable the referenced table
 * @param targetColumns the referenced columns, in the same order
 */
public record ForeignKeyDescription(
    String name, List<String> columns, String targetTable, List<String> targetColumns) {

  /** Copies the lists and checks that both sides have as many columns. */
  public ForeignKeyDescription {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
    if (columns.isEmpty() || columns.size() != targetColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key " + name + " pairs " + columns + " with " + targetColumns);
    }
  }
}
