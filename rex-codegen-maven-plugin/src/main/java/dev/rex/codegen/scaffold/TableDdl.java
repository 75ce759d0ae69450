package dev.rex.codegen.scaffold;

import org.jspecify.annotations.Nullable;

/**
 * How one database spells the parts of a scaffolded {@code CREATE TABLE}: the {@code id} primary
 * key, the column types and the default values that are not plain literals. A {@link
 * dev.rex.codegen.TargetDialect} that supports {@code rex:new} returns one.
 */
public interface TableDdl {

  /** The definition of the {@code id} primary key column, starting with its name. */
  String idColumn();

  /** The type of a column that refers to another table's {@code id}. */
  String referenceType();

  /** The type of {@code column}, whose kind is not {@link ColumnKind#REF}. */
  String type(ColumnSpec column);

  /** The literal for a boolean default. */
  String literal(boolean value);

  /** A string literal: quoted, with quotes doubled. */
  default String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** The default that means "when the row is inserted", for a DATE or TIMESTAMP column. */
  String now(ColumnKind kind);

  /**
   * Why this database cannot create {@code column} as specified, or null when it can. The default
   * is null.
   */
  default @Nullable String problem(ColumnSpec column) {
    return null;
  }
}
