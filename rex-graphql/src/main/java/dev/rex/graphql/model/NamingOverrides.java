package dev.rex.graphql.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How the GraphQL schema departs from the derived names: types renamed, fields renamed, tables and
 * columns hidden. Tables and columns are named as in the database; a column as {@code
 * table.column}. Immutable: each {@code with} method returns a copy.
 *
 * @param typeNames a table's GraphQL type name instead of the derived one
 * @param fieldNames a column's GraphQL field name instead of the derived one, by {@code
 *     table.column}
 * @param hiddenTables tables left out of the schema, with every relation that leads to them
 * @param hiddenColumns columns left out of the schema, by {@code table.column}
 */
public record NamingOverrides(
    Map<String, String> typeNames,
    Map<String, String> fieldNames,
    Set<String> hiddenTables,
    Set<String> hiddenColumns) {

  /** Copies the maps and sets. */
  public NamingOverrides {
    typeNames = Map.copyOf(typeNames);
    fieldNames = Map.copyOf(fieldNames);
    hiddenTables = Set.copyOf(hiddenTables);
    hiddenColumns = Set.copyOf(hiddenColumns);
  }

  /** No overrides: every name derived. */
  public static NamingOverrides none() {
    return new NamingOverrides(Map.of(), Map.of(), Set.of(), Set.of());
  }

  /** These overrides with {@code table}'s type named {@code typeName}. */
  public NamingOverrides withTypeName(String table, String typeName) {
    Map<String, String> copy = new LinkedHashMap<>(typeNames);
    copy.put(table, typeName);
    return new NamingOverrides(copy, fieldNames, hiddenTables, hiddenColumns);
  }

  /** These overrides with {@code table.column}'s field named {@code fieldName}. */
  public NamingOverrides withFieldName(String table, String column, String fieldName) {
    Map<String, String> copy = new LinkedHashMap<>(fieldNames);
    copy.put(table + "." + column, fieldName);
    return new NamingOverrides(typeNames, copy, hiddenTables, hiddenColumns);
  }

  /** These overrides with {@code table} hidden. */
  public NamingOverrides withHiddenTable(String table) {
    Set<String> copy = new LinkedHashSet<>(hiddenTables);
    copy.add(table);
    return new NamingOverrides(typeNames, fieldNames, copy, hiddenColumns);
  }

  /** These overrides with {@code table.column} hidden. */
  public NamingOverrides withHiddenColumn(String table, String column) {
    Set<String> copy = new LinkedHashSet<>(hiddenColumns);
    copy.add(table + "." + column);
    return new NamingOverrides(typeNames, fieldNames, hiddenTables, copy);
  }

  /** Whether {@code table.column} is hidden. */
  public boolean hides(String table, String column) {
    return hiddenColumns.contains(table + "." + column);
  }
}
