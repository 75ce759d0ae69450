package dev.rex.codegen.dialect;

import dev.rex.codegen.scaffold.ColumnKind;
import dev.rex.codegen.scaffold.ColumnSpec;
import dev.rex.codegen.scaffold.TableDdl;

/**
 * SQLite's spelling of a scaffolded table: an {@code integer primary key} (an alias of the row id,
 * so inserts without an id number rows), and the declared type names the generator maps to Java
 * types (SQLite stores by affinity whatever the name).
 */
final class SqliteTableDdl implements TableDdl {

  static final SqliteTableDdl INSTANCE = new SqliteTableDdl();

  private SqliteTableDdl() {}

  @Override
  public String idColumn() {
    return "id integer primary key";
  }

  @Override
  public String referenceType() {
    return "integer";
  }

  @Override
  public String type(ColumnSpec column) {
    return switch (column.kind()) {
      case TEXT -> "text";
      case STRING -> "varchar(" + column.argument(0, 255) + ")";
      case INT -> "integer";
      case BIGINT, REF -> "bigint";
      case DECIMAL -> "numeric(" + column.argument(0, 19) + ", " + column.argument(1, 4) + ")";
      case DOUBLE -> "double";
      case BOOL -> "boolean";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp";
      case UUID -> "uuid";
      case JSON -> "json";
      case BYTES -> "blob";
    };
  }

  @Override
  public String literal(boolean value) {
    return value ? "1" : "0";
  }

  @Override
  public String now(ColumnKind kind) {
    return kind == ColumnKind.DATE ? "current_date" : "current_timestamp";
  }
}
