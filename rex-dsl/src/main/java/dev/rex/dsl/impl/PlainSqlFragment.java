package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.exception.RawSqlException;
import dev.rex.dsl.spi.RenderContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Renders the SQL text of {@code DSL.field(sql, …)} and {@code DSL.condition(sql, …)} inside a
 * query: in parentheses, so that it stays one operand whatever surrounds it, with its {@code ?}
 * placeholders bound as {@link PlainSql} binds them (never pasted into the text). A fragment is one
 * expression: text holding a statement separator is refused.
 */
final class PlainSqlFragment {

  /** The standard type of each Java class a plain-SQL field may be read as. */
  private static final Map<Class<?>, DataType<?>> TYPES =
      Map.ofEntries(
          Map.entry(String.class, SQLDataType.VARCHAR),
          Map.entry(Integer.class, SQLDataType.INTEGER),
          Map.entry(Long.class, SQLDataType.BIGINT),
          Map.entry(Short.class, SQLDataType.SMALLINT),
          Map.entry(BigDecimal.class, SQLDataType.NUMERIC),
          Map.entry(Double.class, SQLDataType.DOUBLE),
          Map.entry(Float.class, SQLDataType.REAL),
          Map.entry(Boolean.class, SQLDataType.BOOLEAN),
          Map.entry(LocalDate.class, SQLDataType.DATE),
          Map.entry(LocalDateTime.class, SQLDataType.TIMESTAMP),
          Map.entry(LocalTime.class, SQLDataType.TIME),
          Map.entry(OffsetDateTime.class, SQLDataType.TIMESTAMPWITHTIMEZONE),
          Map.entry(UUID.class, SQLDataType.UUID),
          Map.entry(byte[].class, SQLDataType.BLOB));

  private PlainSqlFragment() {}

  /** {@code DSL.field(sql, type, binds…)}. */
  static <T> Field<T> field(String sql, DataType<T> type, Object[] binds) {
    return new PlainSqlField<>(PlainSql.of(sql, binds, false), type);
  }

  /** {@code DSL.condition(sql, binds…)}. */
  static Condition condition(String sql, Object[] binds) {
    return new PlainSqlCondition(PlainSql.of(sql, binds, false));
  }

  /**
   * The standard type of {@code type} (String, the number types, Boolean, the java.time types,
   * UUID, byte[]); any other class is read with the driver's {@code getObject}.
   */
  @SuppressWarnings("unchecked")
  static <T> DataType<T> typeOf(Class<T> type) {
    DataType<?> known = TYPES.get(type);
    return known != null ? (DataType<T>) known : DataType.of(type, SqlType.OTHER, "other");
  }

  static void render(RenderContext context, PlainSql fragment) {
    if (context.rendersSql()
        && RawSqlScanner.scan(fragment.sql(), context.dialect().rawSqlSyntax()).statements() > 1) {
      throw new RawSqlException(
          "A plain-SQL field or condition is one expression, but this text holds several"
              + " statements: "
              + fragment.sql());
    }
    context.sql('(');
    fragment.accept(context);
    context.sql(')');
  }
}
