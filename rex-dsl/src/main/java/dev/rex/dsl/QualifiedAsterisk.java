package dev.rex.dsl;

/**
 * {@code table.*} in a SELECT list: every column of one table, made by {@link Table#asterisk()}.
 * Rex selects the table's fields by name, in order, so the row can be read with them (or with
 * {@code Record.into(table)}).
 */
public interface QualifiedAsterisk extends SelectFieldOrAsterisk {

  /** The table whose columns this stands for. */
  Table<?> table();
}
