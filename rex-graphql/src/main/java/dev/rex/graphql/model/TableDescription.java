package dev.rex.graphql.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table or view.
 *
 * @param name the table's name in the database
 * @param writable false for views: they become read-only GraphQL types
 * @param columns the columns in table order
 * @param primaryKey the primary key's columns, empty when there is none
 * @param uniqueKeys the column lists of every unique key other than the primary key
 * @param foreignKeys the foreign keys declared on this table
 */
public record TableDescription(
    String name,
    boolean writable,
    List<ColumnDescription> columns,
    List<String> primaryKey,
    List<List<String>> uniqueKeys,
    List<ForeignKeyDescription> foreignKeys) {

  /** Copies the lists. */
  public TableDescription {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    foreignKeys = List.copyOf(foreignKeys);
  }

  /** The column named {@code column}, or {@code null}. */
  public @Nullable ColumnDescription column(String column) {
    for (ColumnDescription candidate : columns) {
      if (candidate.name().equals(column)) {
        return candidate;
      }
    }
    return null;
  }
}
