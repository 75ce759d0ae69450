package dev.rex.codegen.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * A scaffolded table as SQL: the {@code CREATE TABLE} migration and the {@code DROP TABLE} that
 * undoes it, in one database's spelling.
 *
 * @param migration the migration's text
 * @param undo the undo script's text
 */
public record CreateTable(String migration, String undo) {

  /**
   * The SQL for {@code table} in {@code ddl}'s spelling.
   *
   * @throws ColumnSpecException when the database cannot create a column as specified
   */
  public static CreateTable of(TableSpec table, TableDdl ddl) {
    List<String> lines = new ArrayList<>();
    lines.add(ddl.idColumn());
    List<String> foreignKeys = new ArrayList<>();
    for (ColumnSpec column : table.columns()) {
      String problem = ddl.problem(column);
      if (problem != null) {
        throw new ColumnSpecException(
            "Column " + column.position() + " '" + column.source() + "': " + problem + ".");
      }
      lines.add(column(column, ddl));
      if (column.references() != null) {
        foreignKeys.add(
            "foreign key ("
                + column.name()
                + ") references "
                + column.references()
                + " (id)"
                + (column.cascade() ? " on delete cascade" : ""));
      }
    }
    lines.addAll(foreignKeys);
    String migration =
        "-- Created by rex:new.\ncreate table "
            + table.name()
            + " (\n  "
            + String.join(",\n  ", lines)
            + "\n);\n";
    String undo =
        "-- Undoes the creation of " + table.name() + ".\ndrop table " + table.name() + ";\n";
    return new CreateTable(migration, undo);
  }

  private static String column(ColumnSpec column, TableDdl ddl) {
    StringBuilder sql = new StringBuilder(column.name()).append(' ');
    sql.append(column.kind() == ColumnKind.REF ? ddl.referenceType() : ddl.type(column));
    if (!column.nullable()) {
      sql.append(" not null");
    }
    if (column.defaultValue() != null) {
      sql.append(" default ").append(defaultSql(column, column.defaultValue(), ddl));
    }
    if (column.unique()) {
      sql.append(" unique");
    }
    return sql.toString();
  }

  private static String defaultSql(ColumnSpec column, String value, TableDdl ddl) {
    return switch (column.kind()) {
      case INT, BIGINT, REF, DECIMAL, DOUBLE -> value;
      case BOOL -> ddl.literal(Boolean.parseBoolean(value));
      case DATE, TIMESTAMP ->
          value.equals("now") ? ddl.now(column.kind()) : ddl.stringLiteral(value.replace('T', ' '));
      case TEXT, STRING, UUID, JSON, BYTES -> ddl.stringLiteral(value);
    };
  }
}
