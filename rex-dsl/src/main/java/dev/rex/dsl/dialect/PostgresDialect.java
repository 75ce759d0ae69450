package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.exception.InvalidNameException;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.ErrorDetails;
import dev.rex.dsl.spi.RawSqlSyntax;
import dev.rex.dsl.spi.RenderContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** PostgreSQL 12 and later, through pgjdbc. */
public final class PostgresDialect implements Dialect {

  /** PostgreSQL keeps the first 63 bytes (NAMEDATALEN - 1) of a name and drops the rest. */
  private static final int NAME_BYTES = 63;

  /**
   * Quotes as standard SQL does, but refuses a name longer than PostgreSQL keeps: the server would
   * cut it to 63 bytes with only a notice, so labels would come back changed and two long names
   * that share their first 63 bytes would clash.
   */
  @Override
  public void quote(StringBuilder sql, String identifier) {
    if (identifier.length() * 3 > NAME_BYTES) {
      int bytes = identifier.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > NAME_BYTES) {
        throw new InvalidNameException(
            "The name '"
                + identifier
                + "' is "
                + bytes
                + " bytes long in UTF-8, but PostgreSQL keeps only the first "
                + NAME_BYTES
                + " bytes of a name and would silently cut the rest; use a shorter name or alias.");
      }
    }
    Dialect.super.quote(sql, identifier);
  }

  /** The shared instance; the dialect is stateless. */
  public static final PostgresDialect INSTANCE = new PostgresDialect();

  /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
  public PostgresDialect() {}

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  /**
   * Zero when the replica has replayed every WAL record it received, else the age of the last
   * transaction it replayed.
   */
  @Override
  public String replicationLagQuery() {
    return "select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
        + " else extract(epoch from now() - pg_last_xact_replay_timestamp()) end";
  }

  @Override
  public String driverArtifact() {
    return "org.postgresql:postgresql";
  }

  /**
   * The constraint, table, column and detail that the server sends with an error, as pgjdbc parsed
   * them. pgjdbc's classes are only touched once its exception has been seen.
   */
  @Override
  public ErrorDetails errorDetails(SQLException exception) {
    if (exception.getClass().getName().equals("org.postgresql.util.PSQLException")) {
      return PostgresErrors.details(exception);
    }
    return Dialect.super.errorDetails(exception);
  }

  /**
   * pgjdbc names a server-side prepared statement once a statement has run {@code prepareThreshold}
   * times; behind a transaction pooler the next transaction may reach a server connection that does
   * not have it. 0 keeps every statement unnamed.
   */
  @Override
  public Map<String, String> transactionPoolerProperties(String jdbcUrl) {
    return Map.of("prepareThreshold", "0");
  }

  /**
   * {@code SET TRANSACTION}, which lasts for the transaction only: pgjdbc's {@code
   * setTransactionIsolation} would change the session.
   */
  @Override
  public @Nullable String isolationStatement(int level) {
    return switch (level) {
      case Connection.TRANSACTION_READ_UNCOMMITTED ->
          "set transaction isolation level read uncommitted";
      case Connection.TRANSACTION_READ_COMMITTED ->
          "set transaction isolation level read committed";
      case Connection.TRANSACTION_REPEATABLE_READ ->
          "set transaction isolation level repeatable read";
      case Connection.TRANSACTION_SERIALIZABLE -> "set transaction isolation level serializable";
      default -> null;
    };
  }

  @Override
  public boolean supportsIlike() {
    return true;
  }

  /**
   * The date and time bindings, built when a statement first needs a binding: a process whose
   * database is another one (ServiceLoader makes every installed dialect) does not pay for them.
   */
  private static final class TimeBindings {
    static final Binding<LocalDate> DATE =
        PostgresBindings.object(LocalDate.class, Types.DATE).checkedBy(ValueLimits::postgresDate);
    static final Binding<LocalTime> TIME =
        PostgresBindings.object(LocalTime.class, Types.TIME).checkedBy(ValueLimits::postgresTime);
    static final Binding<LocalDateTime> TIMESTAMP =
        PostgresBindings.object(LocalDateTime.class, Types.TIMESTAMP)
            .checkedBy(ValueLimits::postgresTimestamp);
    static final Binding<OffsetDateTime> TIMESTAMPTZ =
        PostgresBindings.object(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE)
            .checkedBy(ValueLimits::postgresTimestampWithTimeZone);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Binding<T> binding(DataType<T> type) {
    SqlType sqlType = type.getSqlType();
    if (sqlType == SqlType.CHAR || sqlType == SqlType.VARCHAR || sqlType == SqlType.TEXT) {
      return (Binding<T>) PostgresBindings.Strings.INSTANCE;
    }
    Binding<?> common = Scalars.common(type);
    if (common != null) {
      return (Binding<T>) common;
    }
    Binding<?> binding =
        switch (type.getSqlType()) {
          case DECIMAL -> PostgresBindings.Decimals.INSTANCE;
          case BOOLEAN -> Scalars.Booleans.INSTANCE;
          case DATE -> TimeBindings.DATE;
          case TIME -> TimeBindings.TIME;
          case TIMESTAMP -> TimeBindings.TIMESTAMP;
          case TIMESTAMP_WITH_TIME_ZONE -> TimeBindings.TIMESTAMPTZ;
          case UUID -> PostgresBindings.UUID_BINDING;
          case JSON -> PostgresBindings.JSON;
          case JSONB -> PostgresBindings.JSONB;
          case ENUM -> PostgresBindings.enumBinding(type);
          case ARRAY -> PostgresBindings.array(type);
          case MULTISET -> StandardBindings.multiset(type);
          default -> Scalars.Objects.INSTANCE;
        };
    return (Binding<T>) binding;
  }

  /** {@code json_agg} of {@code json_build_array}; nested results are {@code json} already. */
  @Override
  public void renderMultiset(RenderContext context, QueryPart rows, List<DataType<?>> columns) {
    context.sql("(select coalesce(json_agg(json_build_array(");
    Dialect.multisetColumns(context, columns.size());
    context.sql(")), '[]'::json) from (").visit(rows).sql(") as ").name("rex_rows").sql(')');
  }

  @Override
  public RawSqlSyntax rawSqlSyntax() {
    return RawSqlSyntax.POSTGRES;
  }

  @Override
  public String toString() {
    return name();
  }
}
