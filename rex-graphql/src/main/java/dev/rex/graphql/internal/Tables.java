package dev.rex.graphql.internal;

import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.graphql.Catalog;

/**
 * The catalog's tables under fresh aliases ({@code t0}, {@code t1}, …), one counter per statement
 * so that correlated subqueries never confuse an inner table with an outer one.
 */
final class Tables {

  private final Catalog catalog;
  private int next;

  Tables(Catalog catalog) {
    this.catalog = catalog;
  }

  Table<?> aliased(String table) {
    Table<?> found = catalog.table(table);
    if (found == null) {
      throw new IllegalStateException("the catalog has no table " + table);
    }
    return found.as("t" + next++);
  }

  static Field<?> column(Table<?> table, String column) {
    Field<?> field = table.field(column);
    if (field == null) {
      throw new IllegalStateException(table.getName() + " has no column " + column);
    }
    return field;
  }
}
