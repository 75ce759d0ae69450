package dev.rex.dsl.spi;

import dev.rex.dsl.DataType;
import dev.rex.dsl.SQLDataType;
import java.sql.Types;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The standard mapping of a result column's JDBC type to a Rex type, for {@link Dialect}. */
final class ColumnTypes {

  private ColumnTypes() {}

  static DataType<?> standard(int jdbcType, @Nullable String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    DataType<?> named =
        switch (name) {
          case "uuid" -> SQLDataType.UUID;
          case "json" -> SQLDataType.JSON;
          case "jsonb" -> SQLDataType.JSONB;
          case "timestamptz" -> SQLDataType.TIMESTAMPWITHTIMEZONE;
          default -> null;
        };
    if (named != null) {
      return named;
    }
    return switch (jdbcType) {
      case Types.TINYINT, Types.SMALLINT -> SQLDataType.SMALLINT;
      case Types.INTEGER -> SQLDataType.INTEGER;
      case Types.BIGINT -> SQLDataType.BIGINT;
      case Types.NUMERIC, Types.DECIMAL -> SQLDataType.NUMERIC;
      case Types.REAL -> SQLDataType.REAL;
      case Types.FLOAT, Types.DOUBLE -> SQLDataType.DOUBLE;
      case Types.BOOLEAN, Types.BIT -> SQLDataType.BOOLEAN;
      case Types.CHAR,
          Types.NCHAR,
          Types.VARCHAR,
          Types.NVARCHAR,
          Types.LONGVARCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB,
          Types.NCLOB ->
          SQLDataType.VARCHAR;
      case Types.DATE -> SQLDataType.DATE;
      case Types.TIME -> SQLDataType.TIME;
      case Types.TIMESTAMP -> SQLDataType.TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE -> SQLDataType.TIMESTAMPWITHTIMEZONE;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> SQLDataType.BLOB;
      // A declared type can be any text on some databases; only a name Rex could write into SQL
      // is kept.
      default -> SQLDataType.other(SqlNames.isTypeName(name) ? name : "unknown");
    };
  }
}
