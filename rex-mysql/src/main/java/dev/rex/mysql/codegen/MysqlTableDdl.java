package dev.rex.mysql.codegen;

import dev.rex.codegen.scaffold.ColumnKind;
import dev.rex.codegen.scaffold.ColumnSpec;
import dev.rex.codegen.scaffold.TableDdl;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's spelling of a scaffolded table: an {@code auto_increment} {@code bigint}
 * primary key, {@code datetime(6)} timestamps, and backslashes doubled in string literals. An
 * unbounded text column can be neither unique nor given a plain default in MySQL, so those are
 * refused in favour of {@code string(n)}.
 */
final class MysqlTableDdl implements TableDdl {

  static final MysqlTableDdl INSTANCE = new MysqlTableDdl();

  private MysqlTableDdl() {}

  @Override
  public String idColumn() {
    return "id bigint not null auto_increment primary key";
  }

  @Override
  public String referenceType() {
    return "bigint";
  }

  @Override
  public String type(ColumnSpec column) {
    return switch (column.kind()) {
      case TEXT -> "text";
      case STRING -> "varchar(" + column.argument(0, 255) + ")";
      case INT -> "int";
      case BIGINT, REF -> "bigint";
      case DECIMAL -> "decimal(" + column.argument(0, 19) + ", " + column.argument(1, 4) + ")";
      case DOUBLE -> "double";
      case BOOL -> "boolean";
      case DATE -> "date";
      case TIMESTAMP -> "datetime(6)";
      case UUID -> "char(36)";
      case JSON -> "json";
      case BYTES -> "longblob";
    };
  }

  @Override
  public String literal(boolean value) {
    return Boolean.toString(value);
  }

  @Override
  public String now(ColumnKind kind) {
    return kind == ColumnKind.DATE ? "(current_date)" : "current_timestamp(6)";
  }

  @Override
  public String stringLiteral(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public @Nullable String problem(ColumnSpec column) {
    boolean unbounded =
        column.kind() == ColumnKind.TEXT
            || column.kind() == ColumnKind.JSON
            || column.kind() == ColumnKind.BYTES;
    if (unbounded && (column.unique() || column.defaultValue() != null)) {
      return "MySQL cannot make a "
          + column.kind().specName()
          + " column "
          + (column.unique() ? "unique" : "default to a value")
          + (column.kind() == ColumnKind.BYTES ? "" : "; use string (varchar(255)) or string(n)");
    }
    return null;
  }
}
