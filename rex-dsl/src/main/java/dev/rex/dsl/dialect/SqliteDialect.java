package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.DatePart;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.ErrorDetails;
import dev.rex.dsl.spi.RawSqlSyntax;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

  @Override
  public String driverArtifact() {
    return "org.xerial:sqlite-jdbc";
  }

  /**
   * Quotes with back-ticks, doubling back-ticks inside. SQLite's legacy rule reads a double-quoted
   * identifier that names no column as a string literal, so a misspelled {@code "stauts"} would
   * silently become the text {@code 'stauts'} (and {@code where "stauts" is not null} match every
   * row); a back-ticked identifier is always an identifier, so the typo fails as it should.
   */
  /** SQLite reports {@code [SQLITE_BUSY]} when another connection's write refused this one's. */
  @Override
  public boolean refusedForAConcurrentWriter(SQLException exception) {
    String message = exception.getMessage();
    return message != null && message.contains("[SQLITE_BUSY]");
  }

  @Override
  public void quote(StringBuilder sql, String identifier) {
    SqlNames.checkIdentifier(identifier, "identifier");
    sql.append('`');
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c == '`') {
        sql.append('`');
      }
      sql.append(c);
    }
    sql.append('`');
  }

  /** SQLite's grammar has OFFSET only after LIMIT; {@code limit -1} stands for no limit. */
  @Override
  public boolean supportsOffsetWithoutLimit() {
    return false;
  }

  /**
   * LIKE ignores the case of ASCII letters and has no escape character unless the pattern names
   * one; {@code lower} and {@code upper} change ASCII letters only; enums are stored as text and
   * decimals as REAL.
   */
  private static final ComparisonRules COMPARISON_RULES =
      new ComparisonRules(false, null, true, true, true);

  @Override
  public ComparisonRules comparisonRules() {
    return COMPARISON_RULES;
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
      return (Binding<T>) SqliteBindings.Integers.INSTANCE;
    }
    if (type.getSqlType() == SqlType.DOUBLE) {
      return (Binding<T>) SqliteBindings.Doubles.INSTANCE;
    }
    if (type.getSqlType() == SqlType.REAL) {
      return (Binding<T>) SqliteBindings.Floats.INSTANCE;
    }
    Binding<?> common = Scalars.common(type);
    if (common != null) {
      return (Binding<T>) common;
    }
    Binding<?> binding =
        switch (type.getSqlType()) {
          case DECIMAL -> SqliteBindings.Decimals.INSTANCE;
          case BOOLEAN -> SqliteBindings.Booleans.INSTANCE;
          case DATE -> SqliteTimeBindings.DATE;
          case TIME -> SqliteTimeBindings.LOCAL_TIME;
          case TIMESTAMP -> SqliteTimeBindings.TIMESTAMP;
          case TIMESTAMP_WITH_TIME_ZONE -> SqliteTimeBindings.TIMESTAMPTZ;
          case UUID -> SqliteBindings.TextTypes.UUID_BINDING;
          case JSON -> SqliteBindings.TextTypes.JSON;
          case JSONB -> SqliteBindings.TextTypes.JSONB;
          case ENUM -> SqliteBindings.enumBinding(type);
          case MULTISET -> StandardBindings.multiset(type);
          case ARRAY ->
              throw new RexException(
                  "SQLite has no array type; column type " + type.getTypeName() + " cannot bind.");
          default -> Scalars.Objects.INSTANCE;
        };
    return (Binding<T>) binding;
  }

  /**
   * {@code json_group_array} of {@code json_array}. A nested result or JSON column arrives as text
   * once it leaves its subquery, so it is passed through {@code json()} to be embedded as JSON
   * rather than as a string.
   */
  /** {@code cast(strftime('%Y', x) as integer)}; {@code %w} counts from 0 for Sunday, so plus 1. */
  @Override
  public void renderExtract(RenderContext context, DatePart part, QueryPart field) {
    String format =
        switch (part) {
          case YEAR -> "%Y";
          case MONTH -> "%m";
          case DAY -> "%d";
          case HOUR -> "%H";
          case MINUTE -> "%M";
          case SECOND -> "%S";
          case DAY_OF_WEEK -> "%w";
          case DAY_OF_YEAR -> "%j";
        };
    context.sql(part == DatePart.DAY_OF_WEEK ? "(cast(strftime('" : "cast(strftime('");
    context.sql(format).sql("', ").visit(field).sql(") as integer)");
    if (part == DatePart.DAY_OF_WEEK) {
      context.sql(" + 1)");
    }
  }

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
  public RawSqlSyntax rawSqlSyntax() {
    return RawSqlSyntax.SQLITE;
  }

  /** Foreign keys are enforced, which SQLite itself leaves off ({@code PRAGMA foreign_keys}). */
  @Override
  public Map<String, String> connectionProperties(String jdbcUrl) {
    return Map.of("foreign_keys", "true");
  }

  /** An in-memory database lives inside its connection, so its pool holds one. */
  @Override
  public int maximumConnections(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    boolean inMemory =
        url.equals("jdbc:sqlite:") || url.contains(":memory:") || url.contains("mode=memory");
    return inMemory ? 1 : Integer.MAX_VALUE;
  }

  /**
   * {@code PRAGMA query_only}: sqlite-jdbc cannot change the read-only flag of an open connection.
   */
  @Override
  public void setReadOnly(Connection connection, boolean readOnly) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(readOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
    }
  }

  /**
   * Every SQLite transaction is serializable; only {@code READ_UNCOMMITTED} (which shared-cache
   * connections honour) can be set.
   */
  @Override
  public boolean setsIsolation(int level) {
    return level == Connection.TRANSACTION_READ_UNCOMMITTED;
  }

  /** SQLite integers are 64-bit whatever their declaration, so they read as {@code Long}. */
  @Override
  public DataType<?> columnType(int jdbcType, @Nullable String typeName) {
    DataType<?> standard = Dialect.super.columnType(jdbcType, typeName);
    SqlType sqlType = standard.getSqlType();
    return sqlType == SqlType.SMALLINT || sqlType == SqlType.INTEGER
        ? SQLDataType.BIGINT
        : standard;
  }

  /**
   * SQLite has no SQLSTATEs: sqlite-jdbc's extended result code ({@code [SQLITE_CONSTRAINT_UNIQUE]
   * …}) is mapped to one, and the table and column are read from the message.
   */
  @Override
  public ErrorDetails errorDetails(SQLException exception) {
    return SqliteErrors.hasResultCode(exception)
        ? SqliteErrors.details(exception)
        : Dialect.super.errorDetails(exception);
  }

  @Override
  public String toString() {
    return name();
  }
}
