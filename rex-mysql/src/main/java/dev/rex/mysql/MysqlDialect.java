package dev.rex.mysql;

import dev.rex.dsl.DataType;
import dev.rex.dsl.DatePart;
import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.dialect.StandardBindings;
import dev.rex.dsl.exception.InvalidNameException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.ErrorDetails;
import dev.rex.dsl.spi.OnConflict;
import dev.rex.dsl.spi.RawSqlSyntax;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MySQL 8 and MariaDB 10.5 and later, through MariaDB Connector/J ({@code jdbc:mariadb:}) or a
 * driver for {@code jdbc:mysql:}. Identifiers are quoted with back-ticks; there is no {@code
 * RETURNING}, so records read generated keys back through JDBC; upserts are {@code on duplicate key
 * update}; nested results are {@code json_arrayagg} of {@code json_array}.
 *
 * <p>Pools that Rex opens set the session's {@code sql_mode} so that the SQL Rex writes means what
 * it means elsewhere: {@code PIPES_AS_CONCAT} ({@code ||} concatenates), {@code
 * NO_BACKSLASH_ESCAPES} (a backslash in a string is a backslash) and {@code STRICT_ALL_TABLES} (a
 * value that does not fit fails rather than being cut). Text compares as the column's collation
 * says; Rex's in-memory conditions assume a binary one ({@code utf8mb4_bin}), see {@code
 * docs/mysql.md}.
 */
public final class MysqlDialect implements Dialect {

  /** MySQL and MariaDB keep names of at most 64 characters. */
  private static final int NAME_LENGTH = 64;

  /** The largest row count, standing for "no limit" before an OFFSET (MySQL's own advice). */
  private static final String NO_LIMIT = "18446744073709551615";

  /** The session's SQL mode in pools Rex opens. */
  static final String SQL_MODE =
      "PIPES_AS_CONCAT,NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,"
          + "NO_ENGINE_SUBSTITUTION";

  /** Back-tick identifiers; one statement per call (the driver's default). */
  private static final RawSqlSyntax RAW_SQL = new RawSqlSyntax(false, false, false, true, false);

  /** The shared instance; the dialect is stateless. */
  public static final MysqlDialect INSTANCE = new MysqlDialect();

  /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
  public MysqlDialect() {}

  @Override
  public String name() {
    return "mysql";
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:");
  }

  /** {@code length} counts bytes here; Rex's counts characters, as {@code char_length} does. */
  @Override
  public String functionName(String name) {
    return name.equals("length") ? "char_length" : name;
  }

  /** {@code /} gives a decimal here even for two integers; {@code div} gives the quotient. */
  @Override
  public String integerDivision() {
    return " div ";
  }

  @Override
  public String driverArtifact() {
    return "org.mariadb.jdbc:mariadb-java-client";
  }

  /**
   * Quotes with back-ticks, doubling back-ticks inside, and refuses a name longer than the server
   * keeps (64 characters), which it would refuse less clearly.
   */
  @Override
  public void quote(StringBuilder sql, String identifier) {
    SqlNames.checkIdentifier(identifier, "identifier");
    if (identifier.codePointCount(0, identifier.length()) > NAME_LENGTH) {
      throw new InvalidNameException(
          "The name '"
              + identifier
              + "' is longer than the "
              + NAME_LENGTH
              + " characters MySQL and MariaDB allow; use a shorter name or alias.");
    }
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

  /** OFFSET needs a LIMIT; the largest row count stands for none. */
  @Override
  public void renderLimit(
      RenderContext context, @Nullable QueryPart limit, @Nullable QueryPart offset) {
    if (limit != null) {
      context.sql(" limit ").visit(limit);
    } else if (offset != null) {
      context.sql(" limit " + NO_LIMIT);
    }
    if (offset != null) {
      context.sql(" offset ").visit(offset);
    }
  }

  @Override
  public boolean supportsOffsetWithoutLimit() {
    return false;
  }

  @Override
  public boolean supportsReturning() {
    return false;
  }

  /**
   * {@code extract(year from x)} and the like are integers already here (seconds whole); the day of
   * the week and of the year have functions of their own, {@code dayofweek} counting from 1 =
   * Sunday as {@link DatePart#DAY_OF_WEEK} does.
   */
  @Override
  public void renderExtract(RenderContext context, DatePart part, QueryPart field) {
    switch (part) {
      case DAY_OF_WEEK -> context.sql("dayofweek(").visit(field).sql(')');
      case DAY_OF_YEAR -> context.sql("dayofyear(").visit(field).sql(')');
      default -> {
        String name =
            switch (part) {
              case YEAR -> "year";
              case MONTH -> "month";
              case DAY -> "day";
              case HOUR -> "hour";
              case MINUTE -> "minute";
              default -> "second";
            };
        context.sql("extract(").sql(name).sql(" from ").visit(field).sql(')');
      }
    }
  }

  /** Neither MySQL nor MariaDB has {@code FILTER}: aggregates get {@code CASE WHEN} instead. */
  @Override
  public boolean supportsAggregateFilter() {
    return false;
  }

  /**
   * {@code on duplicate key update}. The servers take the conflict on any unique key, so the target
   * columns are not written; {@code do nothing} assigns a column to itself, which leaves the row as
   * it is without hiding other errors as {@code insert ignore} would. There is no {@code where}: a
   * conditional upsert is refused.
   */
  @Override
  public void renderOnConflict(RenderContext context, OnConflict clause) {
    if (clause.where() != null) {
      throw new RexException(
          "MySQL and MariaDB have no WHERE on ON DUPLICATE KEY UPDATE; update the row in a"
              + " separate statement.");
    }
    context.sql(" on duplicate key update ");
    boolean qualify = context.qualify(false);
    if (clause.doNothing() || clause.assignments().isEmpty()) {
      List<Field<?>> columns = clause.target().isEmpty() ? clause.columns() : clause.target();
      if (columns.isEmpty()) {
        throw new RexException("An insert of default values cannot ignore duplicates on MySQL.");
      }
      String column = columns.get(0).getName();
      context.name(column).sql(" = ").name(column);
    } else {
      for (int i = 0; i < clause.assignments().size(); i++) {
        context.sql(i == 0 ? "" : ", ").visit(clause.assignments().get(i));
      }
    }
    context.qualify(qualify);
  }

  /** {@code values(`column`)}: the value the INSERT proposed for the row. */
  @Override
  public void renderExcluded(RenderContext context, String column) {
    context.sql("values(").name(column).sql(')');
  }

  /**
   * There is no {@code nulls first / last}: nulls sort first ascending and last descending, and a
   * leading {@code field is null} term moves them where asked.
   */
  @Override
  public void renderSort(
      RenderContext context, QueryPart field, boolean descending, @Nullable Boolean nullsFirst) {
    if (nullsFirst != null) {
      context.sql("(").visit(field).sql(nullsFirst ? " is null) desc, " : " is null) asc, ");
    }
    context.visit(field).sql(descending ? " desc" : " asc");
  }

  /**
   * False: MariaDB refuses a derived table that refers to the enclosing query (MySQL accepts one
   * from 8.0.14), so nested results aggregate in place ({@link #renderMultisetAggregate}).
   */
  @Override
  public boolean correlatesDerivedTables() {
    return false;
  }

  /**
   * {@code coalesce(json_arrayagg(json_array(…) order by … limit …), json_array())}: MariaDB sorts
   * and limits inside {@code json_arrayagg} (from 10.5); MySQL 8 does not, see {@code
   * docs/mysql.md}.
   */
  @Override
  public void renderMultisetAggregate(
      RenderContext context,
      List<QueryPart> columns,
      List<QueryPart> orderBy,
      @Nullable QueryPart limit,
      @Nullable QueryPart offset) {
    context.sql("coalesce(json_arrayagg(json_array(");
    for (int i = 0; i < columns.size(); i++) {
      context.sql(i == 0 ? "" : ", ").visit(columns.get(i));
    }
    context.sql(")");
    for (int i = 0; i < orderBy.size(); i++) {
      context.sql(i == 0 ? " order by " : ", ").visit(orderBy.get(i));
    }
    renderLimit(context, limit, offset);
    context.sql("), json_array())");
  }

  /** {@code json_array(json_array(v1, v2, …))}: the one row, without an aggregate. */
  @Override
  public void renderSingleRowMultiset(RenderContext context, List<QueryPart> values) {
    context.sql("json_array(json_array(");
    for (int i = 0; i < values.size(); i++) {
      context.sql(i == 0 ? "" : ", ").visit(values.get(i));
    }
    context.sql("))");
  }

  /** The targets {@code cast} accepts on both servers. */
  @Override
  public String castTypeName(DataType<?> type) {
    return switch (type.getSqlType()) {
      case SMALLINT, INTEGER, BIGINT, BOOLEAN -> "signed";
      case DECIMAL -> "decimal(65, 30)";
      case REAL, DOUBLE -> "double";
      case DATE -> "date";
      case TIME -> "time(6)";
      case TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> "datetime(6)";
      case BINARY -> "binary";
      default -> "char";
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Binding<T> binding(DataType<T> type) {
    Binding<?> binding =
        switch (type.getSqlType()) {
          case SMALLINT -> StandardBindings.SHORT;
          case INTEGER -> StandardBindings.INTEGER;
          case BIGINT -> StandardBindings.LONG;
          case REAL -> MysqlBindings.FLOAT;
          case DOUBLE -> MysqlBindings.DOUBLE;
          case DECIMAL -> MysqlBindings.DECIMAL;
          case BOOLEAN -> StandardBindings.BOOLEAN;
          case CHAR, VARCHAR, TEXT -> StandardBindings.STRING;
          case BINARY -> StandardBindings.BYTES;
          case DATE -> MysqlBindings.DATE;
          case TIME -> MysqlBindings.TIME;
          case TIMESTAMP -> MysqlBindings.TIMESTAMP;
          case TIMESTAMP_WITH_TIME_ZONE -> MysqlBindings.TIMESTAMPTZ;
          case UUID -> MysqlBindings.UUID_BINDING;
          case JSON -> MysqlBindings.JSON;
          case JSONB -> MysqlBindings.JSONB;
          case ENUM -> MysqlBindings.enumBinding(type);
          case MULTISET -> StandardBindings.multiset(type);
          case ARRAY ->
              throw new RexException(
                  "MySQL has no array type; column type " + type.getTypeName() + " cannot bind.");
          default -> StandardBindings.OBJECT;
        };
    return (Binding<T>) binding;
  }

  @Override
  public RawSqlSyntax rawSqlSyntax() {
    return RAW_SQL;
  }

  /**
   * The session's SQL mode (see the class comment), set by the driver on every new connection. Both
   * MariaDB Connector/J and MySQL Connector/J read {@code sessionVariables}.
   */
  @Override
  public Map<String, String> connectionProperties(String jdbcUrl) {
    return Map.of("sessionVariables", "sql_mode='" + SQL_MODE + "'");
  }

  /** {@code set session transaction read only}, which applies from the next transaction on. */
  @Override
  public void setReadOnly(Connection connection, boolean readOnly) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          readOnly ? "set session transaction read only" : "set session transaction read write");
    }
  }

  /** The vendor code decides: both servers report most integrity violations as {@code 23000}. */
  @Override
  public ErrorDetails errorDetails(SQLException exception) {
    return MysqlErrors.details(exception);
  }

  @Override
  public String toString() {
    return name();
  }
}
