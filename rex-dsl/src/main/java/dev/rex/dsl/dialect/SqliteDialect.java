package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;

/**
 * SQLite 3.35 and later (for RETURNING), through xerial's sqlite-jdbc. See {@link SqliteBindings}
 * for how types SQLite lacks are stored.
 */
public final class SqliteDialect implements Dialect {

  /** The shared instance; the dialect is stateless. */
  public static final SqliteDialect INSTANCE = new SqliteDialect();

  /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
  public SqliteDialect() {}

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  /** SQLite's grammar has OFFSET only after LIMIT; {@code limit -1} stands for no limit. */
  @Override
  public boolean supportsOffsetWithoutLimit() {
    return false;
  }

  @Override
  public boolean supportsParenthesizedSetOperands() {
    return false;
  }

  @Override
  public String castTypeName(DataType<?> type) {
    return switch (type.getSqlType()) {
      case SMALLINT, INTEGER, BIGINT, BOOLEAN -> "integer";
      case REAL, DOUBLE -> "real";
      case DECIMAL -> "numeric";
      case BINARY -> "blob";
      default -> "text";
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Binding<T> binding(DataType<T> type) {
    if (type.getSqlType() == SqlType.INTEGER && type.getType() == Integer.class) {
      return (Binding<T>) SqliteBindings.INTEGER;
    }
    if (type.getSqlType() == SqlType.DOUBLE) {
      return (Binding<T>) SqliteBindings.DOUBLE;
    }
    if (type.getSqlType() == SqlType.REAL) {
      return (Binding<T>) SqliteBindings.FLOAT;
    }
    Binding<?> common = StandardBindings.common(type);
    if (common != null) {
      return (Binding<T>) common;
    }
    Binding<?> binding =
        switch (type.getSqlType()) {
          case DECIMAL -> SqliteBindings.DECIMAL;
          case BOOLEAN -> SqliteBindings.BOOLEAN;
          case DATE -> SqliteBindings.DATE;
          case TIME -> SqliteBindings.LOCAL_TIME;
          case TIMESTAMP -> SqliteBindings.TIMESTAMP;
          case TIMESTAMP_WITH_TIME_ZONE -> SqliteBindings.TIMESTAMPTZ;
          case UUID -> SqliteBindings.UUID_BINDING;
          case JSON -> SqliteBindings.JSON;
          case JSONB -> SqliteBindings.JSONB;
          case ENUM -> SqliteBindings.enumBinding(type);
          case MULTISET -> StandardBindings.multiset(type);
          case ARRAY ->
              throw new RexException(
                  "SQLite has no array type; column type " + type.getTypeName() + " cannot bind.");
          default -> StandardBindings.OBJECT;
        };
    return (Binding<T>) binding;
  }

  /**
   * {@code json_group_array} of {@code json_array}. A nested result or JSON column arrives as text
   * once it leaves its subquery, so it is passed through {@code json()} to be embedded as JSON
   * rather than as a string.
   */
  @Override
  public void renderMultiset(RenderContext context, QueryPart rows, List<DataType<?>> columns) {
    context.sql("(select coalesce(json_group_array(json_array(");
    for (int i = 0; i < columns.size(); i++) {
      SqlType type = columns.get(i).getSqlType();
      boolean json = type == SqlType.MULTISET || type == SqlType.JSON || type == SqlType.JSONB;
      context.sql(i == 0 ? "" : ", ").sql(json ? "json(" : "");
      context.name("rex_rows").sql('.').name("v" + i).sql(json ? ")" : "");
    }
    context.sql(")), json_array()) from (").visit(rows).sql(") as ").name("rex_rows").sql(')');
  }

  @Override
  public String toString() {
    return name();
  }
}
