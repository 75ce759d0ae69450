package dev.rex.dsl.spi;

import dev.rex.dsl.DataType;
import dev.rex.dsl.DatePart;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.exception.InvalidQueryException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything that differs between databases: identifier quoting, value bindings, the few clauses
 * whose syntax is not standard, and what the runtime needs to know about connections, transactions,
 * result columns and errors. The runtime never asks which database it runs on; it asks the dialect.
 *
 * <p>Dialects are found with {@link java.util.ServiceLoader}: a jar that lists an implementation in
 * {@code META-INF/services/dev.rex.dsl.spi.Dialect} adds a database without touching the core. The
 * default methods render standard SQL that PostgreSQL and SQLite share; a dialect overrides only
 * what its database spells differently. Implementations must be stateless and thread-safe.
 */
public interface Dialect {

  /** A short lower-case name, for example {@code postgres} or {@code sqlite}. */
  String name();

  /** Whether this dialect speaks to the database behind a JDBC URL. */
  boolean acceptsUrl(String jdbcUrl);

  /** How values of {@code type} are bound and read on this database. */
  <T> Binding<T> binding(DataType<T> type);

  /**
   * Whether the database refused a statement at once because another connection was writing, so
   * that its transaction was rolled back and may simply run again (SQLite's {@code SQLITE_BUSY},
   * which it reports without waiting when two connections that both read try to write). The
   * migration engine retries a migration refused this way. The default is {@code false}.
   */
  default boolean refusedForAConcurrentWriter(SQLException exception) {
    return false;
  }

  /**
   * Appends {@code identifier} quoted, escaping quotes inside it.
   *
   * @throws dev.rex.dsl.exception.InvalidNameException if it contains a NUL character
   */
  default void quote(StringBuilder sql, String identifier) {
    SqlNames.checkIdentifier(identifier, "identifier");
    sql.append('"');
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c == '"') {
        sql.append('"');
      }
      sql.append(c);
    }
    sql.append('"');
  }

  /**
   * Renders the row limit and offset of a SELECT; either may be null. The default is {@code limit ?
   * offset ?}.
   */
  default void renderLimit(
      RenderContext context, @Nullable QueryPart limit, @Nullable QueryPart offset) {
    if (limit != null) {
      context.sql(" limit ").visit(limit);
    }
    if (offset != null) {
      if (limit == null && !supportsOffsetWithoutLimit()) {
        context.sql(" limit -1");
      }
      context.sql(" offset ").visit(offset);
    }
  }

  /** Whether {@code OFFSET} may appear without {@code LIMIT}. */
  default boolean supportsOffsetWithoutLimit() {
    return true;
  }

  /** Whether the operands of UNION / INTERSECT / EXCEPT may be wrapped in parentheses. */
  default boolean supportsParenthesizedSetOperands() {
    return true;
  }

  /** Whether INSERT, UPDATE and DELETE support {@code RETURNING}. */
  default boolean supportsReturning() {
    return true;
  }

  /**
   * How this database compares and matches values, for conditions evaluated in memory by {@link
   * dev.rex.dsl.RowPredicate}. The default is {@link ComparisonRules#POSTGRES}.
   */
  default ComparisonRules comparisonRules() {
    return ComparisonRules.POSTGRES;
  }

  /**
   * Whether aggregates take SQL:2003's {@code FILTER (WHERE …)}; without it Rex renders {@code
   * fn(CASE WHEN … THEN arg END)}. The default is true.
   */
  default boolean supportsAggregateFilter() {
    return true;
  }

  /** Whether the database has a case-insensitive {@code ILIKE} operator. */
  default boolean supportsIlike() {
    return false;
  }

  /** Whether INSERT supports PostgreSQL-style {@code on conflict (…) do update / do nothing}. */
  default boolean supportsOnConflict() {
    return true;
  }

  /**
   * Renders the upsert clause of an INSERT, after its values. The default is {@code on conflict
   * [(target…)] do nothing | do update set … [where …]}.
   */
  default void renderOnConflict(RenderContext context, OnConflict clause) {
    context.sql(" on conflict");
    boolean qualify = context.qualify(false);
    if (!clause.target().isEmpty()) {
      context.sql(" (");
      for (int i = 0; i < clause.target().size(); i++) {
        context.sql(i == 0 ? "" : ", ").visit(clause.target().get(i));
      }
      context.sql(')');
    }
    context.qualify(qualify);
    if (clause.doNothing() || clause.assignments().isEmpty()) {
      context.sql(" do nothing");
      return;
    }
    context.sql(" do update set ");
    for (int i = 0; i < clause.assignments().size(); i++) {
      context.sql(i == 0 ? "" : ", ").visit(clause.assignments().get(i));
    }
    if (clause.where() != null) {
      context.sql(" where ").visit(clause.where());
    }
  }

  /**
   * Renders the value an upsert proposed for {@code column} of a conflicting row ({@code
   * DSL.excluded(field)}). The default is {@code excluded."column"}.
   */
  default void renderExcluded(RenderContext context, String column) {
    context.sql("excluded.").name(column);
  }

  /**
   * How this database reads application-written SQL: where its placeholders, strings, comments and
   * statements are. The default is {@link RawSqlSyntax#STANDARD}.
   */
  default RawSqlSyntax rawSqlSyntax() {
    return RawSqlSyntax.STANDARD;
  }

  /**
   * How {@code type} is spelled in {@code cast(x as type)}. The result must follow the grammar of
   * {@link SqlNames#checkTypeName}; rendering refuses anything else.
   */
  default String castTypeName(DataType<?> type) {
    return type.getTypeName();
  }

  /**
   * Renders one ORDER BY term. The default is {@code field asc|desc [nulls first|last]}.
   *
   * @param nullsFirst true for {@code nulls first}, false for {@code nulls last}, null for the
   *     database's default
   */
  default void renderSort(
      RenderContext context, QueryPart field, boolean descending, @Nullable Boolean nullsFirst) {
    context.visit(field).sql(descending ? " desc" : " asc");
    if (nullsFirst != null) {
      context.sql(nullsFirst ? " nulls first" : " nulls last");
    }
  }

  /**
   * Renders a nested result: a scalar subquery that aggregates the rows of {@code rows} (whose
   * columns are named {@code v0, v1, …}) into one JSON array of row arrays, {@code [[v0, v1], …]},
   * and an empty array when there are none. The default is SQL:2016's {@code json_arrayagg} /
   * {@code json_array}.
   *
   * @param columns the column types, in order; nested results among them are JSON already
   */
  default void renderMultiset(RenderContext context, QueryPart rows, List<DataType<?>> columns) {
    context.sql("(select coalesce(json_arrayagg(json_array(");
    multisetColumns(context, columns.size());
    context.sql(")), json_array()) from (").visit(rows).sql(") as ").name("rex_rows").sql(')');
  }

  /**
   * Whether a derived table ({@code from (select …) as t}) may refer to columns of the enclosing
   * query. A correlated nested result is one: when this is false, a nested select without {@code
   * distinct}, {@code group by} or set operations is rendered as one aggregate over its own rows
   * ({@link #renderMultisetAggregate}) instead of through {@link #renderMultiset}. The default is
   * true.
   */
  default boolean correlatesDerivedTables() {
    return true;
  }

  /**
   * Renders the aggregate that is the only column of a nested select rendered in place (see {@link
   * #correlatesDerivedTables()}): one JSON array of row arrays as {@link #renderMultiset}
   * describes, an empty array for no rows, with the rows sorted and limited inside the aggregate.
   * The default refuses; a dialect whose {@code correlatesDerivedTables()} is false overrides it.
   *
   * @param columns the select's expressions, in order
   * @param orderBy the select's sort terms, each rendering itself
   * @param limit the select's row limit, or null
   * @param offset the select's offset, or null
   */
  default void renderMultisetAggregate(
      RenderContext context,
      List<QueryPart> columns,
      List<QueryPart> orderBy,
      @Nullable QueryPart limit,
      @Nullable QueryPart offset) {
    throw new InvalidQueryException(
        "The " + name() + " dialect does not render nested results in place.");
  }

  /**
   * Renders the nested result of a select that is one row of {@code values} (no FROM), for a
   * dialect whose {@link #correlatesDerivedTables()} is false: an aggregate there would aggregate
   * the enclosing query's rows. The result is the JSON array {@link #renderMultiset} describes,
   * holding one row array. The default refuses.
   */
  default void renderSingleRowMultiset(RenderContext context, List<QueryPart> values) {
    throw new InvalidQueryException(
        "The " + name() + " dialect does not render nested results in place.");
  }

  /**
   * Renders {@code extract(part from field)} as an integer, numbered as {@link DatePart} says. The
   * default is PostgreSQL's: {@code cast(extract(year from x) as integer)}, with {@code dow + 1}
   * for {@link DatePart#DAY_OF_WEEK}, {@code doy} for {@link DatePart#DAY_OF_YEAR} and the floor of
   * the seconds.
   */
  default void renderExtract(RenderContext context, DatePart part, QueryPart field) {
    String name =
        switch (part) {
          case YEAR -> "year";
          case MONTH -> "month";
          case DAY -> "day";
          case HOUR -> "hour";
          case MINUTE -> "minute";
          case SECOND -> "second";
          case DAY_OF_WEEK -> "dow";
          case DAY_OF_YEAR -> "doy";
        };
    context.sql(part == DatePart.DAY_OF_WEEK ? "(cast(" : "cast(");
    context.sql(part == DatePart.SECOND ? "floor(extract(" : "extract(").sql(name).sql(" from ");
    context.visit(field).sql(part == DatePart.SECOND ? ")) as integer)" : ") as integer)");
    if (part == DatePart.DAY_OF_WEEK) {
      context.sql(" + 1)");
    }
  }

  /**
   * Driver properties that every connection of a pool Rex opens for {@code jdbcUrl} is opened with,
   * for example to switch on a behaviour the database leaves off by default. The default is none.
   * Not applied to a {@code DataSource} the application passes in: it configures its own pool.
   */
  default Map<String, String> connectionProperties(String jdbcUrl) {
    return Map.of();
  }

  /**
   * Driver properties, added to {@link #connectionProperties}, for a URL that points at a pooler in
   * transaction mode (PgBouncer, RDS Proxy), where consecutive transactions of one client
   * connection may run on different server connections: whatever the driver would keep on the
   * server between transactions (named prepared statements) must be turned off. The default is
   * none.
   */
  default Map<String, String> transactionPoolerProperties(String jdbcUrl) {
    return Map.of();
  }

  /**
   * The most connections a pool Rex opens for {@code jdbcUrl} may hold, for a database that exists
   * only inside one connection (an in-memory database a second connection would not see). The pool
   * uses the smaller of this and the configured size. The default is {@link Integer#MAX_VALUE}: the
   * database sets no limit.
   */
  default int maximumConnections(String jdbcUrl) {
    return Integer.MAX_VALUE;
  }

  /**
   * Makes the transaction open on {@code connection} read-only ({@code readOnly} true, before the
   * transaction's first statement) or lifts that again ({@code readOnly} false, after it ended).
   * The default is {@link Connection#setReadOnly}.
   */
  default void setReadOnly(Connection connection, boolean readOnly) throws SQLException {
    connection.setReadOnly(readOnly);
  }

  /**
   * Whether a transaction sets the isolation {@code level} (a {@code Connection.TRANSACTION_*}
   * constant) on its connection. A dialect answers false for a level its database cannot set
   * because every transaction already runs at a stricter one; the transaction then leaves the
   * connection's isolation as it is. The default is true.
   */
  default boolean setsIsolation(int level) {
    return true;
  }

  /**
   * A statement that sets isolation {@code level} for the transaction it runs in, sent as the
   * transaction's first statement (after {@link #setReadOnly}); or null to use {@link
   * Connection#setTransactionIsolation} and restore the previous level afterwards. A driver whose
   * {@code setTransactionIsolation} changes the session (pgjdbc sends {@code SET SESSION
   * CHARACTERISTICS}) needs the statement: behind a pooler in transaction mode another client's
   * transaction could run on that session meanwhile. The default is null.
   */
  default @Nullable String isolationStatement(int level) {
    return null;
  }

  /**
   * The Rex type of a result column the query did not declare (plain SQL, or a column Rex did not
   * select itself), from the result set's metadata.
   *
   * @param jdbcType the column's {@link java.sql.Types} constant
   * @param typeName the database's name for the column's type, or null
   */
  default DataType<?> columnType(int jdbcType, @Nullable String typeName) {
    return ColumnTypes.standard(jdbcType, typeName);
  }

  /**
   * What the database reported about a failure beyond its message: the SQLSTATE and the violated
   * constraint, table and column where the driver reports them. Called only when a statement or
   * connection failed. The default is {@link ErrorDetails#of}: the driver's SQLSTATE alone.
   *
   * <p>The runtime picks the exception by SQLSTATE: {@code 23505} unique, {@code 23503} foreign
   * key, {@code 23502} not null, {@code 23514} check, other class {@code 23} constraint, {@code
   * 40001} serialization failure, {@code 40P01} deadlock, other class {@code 40} rollback, class
   * {@code 08} and {@code 57P} a lost connection. A dialect whose driver reports no SQLSTATE, or a
   * less precise one, maps its vendor codes to these (a deadlock reported as {@code 40001} with a
   * vendor code, for example, to {@code 40P01}).
   */
  default ErrorDetails errorDetails(SQLException exception) {
    return ErrorDetails.of(exception);
  }

  /**
   * The Maven coordinates, {@code groupId:artifactId}, of a JDBC driver for this dialect's URLs.
   * The runtime names them when no driver on the class path accepts a URL, so that the error says
   * what to add. The default is null: the error then names no artifact.
   */
  default @Nullable String driverArtifact() {
    return null;
  }

  /**
   * A query, run on a read replica, whose single row and column is how many seconds its replay is
   * behind the primary (0 when it has replayed all it received), for the runtime's replica health
   * check. The default is null: the dialect cannot tell.
   */
  default @Nullable String replicationLagQuery() {
    return null;
  }

  /**
   * The name under which this database has the function Rex calls {@code name} (lower case, as
   * {@code DSL} writes it), where the database's function of that name means something else. The
   * default is {@code name}; MySQL's {@code length} counts bytes, so there {@code length} is {@code
   * char_length}.
   */
  default String functionName(String name) {
    return name;
  }

  /**
   * The operator of a division of two integers, which gives the integer quotient truncated toward
   * zero in Rex (and so in {@link dev.rex.dsl.RowPredicate}). The default is {@code " / "}, which
   * does that in standard SQL; MySQL's {@code /} gives a decimal, its {@code div} the quotient.
   */
  default String integerDivision() {
    return " / ";
  }

  /** Appends {@code "rex_rows"."v0", "rex_rows"."v1", …} for {@link #renderMultiset}. */
  static void multisetColumns(RenderContext context, int count) {
    for (int i = 0; i < count; i++) {
      context.sql(i == 0 ? "" : ", ").name("rex_rows").sql('.').name("v" + i);
    }
  }
}
