package dev.rex.codegen.scaffold;

import java.util.List;

/**
 * A table to scaffold: its name and its columns, besides the {@code id} primary key every
 * scaffolded table gets.
 *
 * @param name the table name, possibly qualified with a schema: {@code sales.invoice}
 * @param columns the columns in the order given
 */
public record TableSpec(String name, List<ColumnSpec> columns) {

  /** Copies the column list. */
  public TableSpec {
    columns = List.copyOf(columns);
  }
}
