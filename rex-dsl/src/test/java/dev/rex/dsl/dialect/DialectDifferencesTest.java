package dev.rex.dsl.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.ErrorDetails;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the runtime asks a dialect instead of asking which database it runs on: connection set-up,
 * read-only transactions, isolation, the type of an undeclared result column and the details of an
 * error. A dialect that overrides nothing gets the defaults, as a plugin dialect would.
 */
class DialectDifferencesTest {

  /** A dialect that overrides nothing optional. */
  private static final Dialect PLAIN =
      new Dialect() {
        @Override
        public String name() {
          return "plain";
        }

        @Override
        public boolean acceptsUrl(String jdbcUrl) {
          return false;
        }

        @Override
        public <T> dev.rex.dsl.spi.Binding<T> binding(dev.rex.dsl.DataType<T> type) {
          return PostgresDialect.INSTANCE.binding(type);
        }
      };

  @TempDir Path directory;

  @Test
  void theDefaultsSetUpNothingAndLimitNothing() {
    assertThat(PLAIN.connectionProperties("jdbc:plain:x")).isEmpty();
    assertThat(PLAIN.maximumConnections("jdbc:plain:x")).isEqualTo(Integer.MAX_VALUE);
    assertThat(PLAIN.setsIsolation(Connection.TRANSACTION_SERIALIZABLE)).isTrue();
    assertThat(PostgresDialect.INSTANCE.maximumConnections("jdbc:postgresql://h/db"))
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void sqliteEnforcesForeignKeysAndGivesAnInMemoryDatabaseOneConnection() {
    SqliteDialect sqlite = SqliteDialect.INSTANCE;

    assertThat(sqlite.connectionProperties("jdbc:sqlite:app.db"))
        .isEqualTo(Map.of("foreign_keys", "true"));
    assertThat(sqlite.maximumConnections("jdbc:sqlite:app.db")).isEqualTo(Integer.MAX_VALUE);
    assertThat(sqlite.maximumConnections("jdbc:sqlite:")).isEqualTo(1);
    assertThat(sqlite.maximumConnections("jdbc:sqlite::memory:")).isEqualTo(1);
    assertThat(sqlite.maximumConnections("jdbc:sqlite:file:a?mode=memory&cache=shared"))
        .isEqualTo(1);
  }

  @Test
  void sqliteSetsOnlyReadUncommitted() {
    assertThat(SqliteDialect.INSTANCE.setsIsolation(Connection.TRANSACTION_READ_UNCOMMITTED))
        .isTrue();
    assertThat(SqliteDialect.INSTANCE.setsIsolation(Connection.TRANSACTION_SERIALIZABLE)).isFalse();
  }

  @Test
  void sqliteReadOnlyRefusesWritesOnAnOpenConnectionUntilLifted() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("ro.db"));
        Statement statement = connection.createStatement()) {
      statement.execute("create table t (x integer)");

      SqliteDialect.INSTANCE.setReadOnly(connection, true);
      assertThatThrownBy(() -> statement.execute("insert into t values (1)"))
          .isInstanceOf(SQLException.class);

      SqliteDialect.INSTANCE.setReadOnly(connection, false);
      statement.execute("insert into t values (1)");
    }
  }

  @Test
  void anUndeclaredColumnGetsItsStandardTypeAndSqliteIntegersAreLong() {
    Dialect postgres = PostgresDialect.INSTANCE;
    assertThat(postgres.columnType(Types.INTEGER, "int4")).isEqualTo(SQLDataType.INTEGER);
    assertThat(postgres.columnType(Types.SMALLINT, "int2")).isEqualTo(SQLDataType.SMALLINT);
    assertThat(postgres.columnType(Types.OTHER, "uuid")).isEqualTo(SQLDataType.UUID);
    assertThat(postgres.columnType(Types.OTHER, "JSONB")).isEqualTo(SQLDataType.JSONB);
    assertThat(postgres.columnType(Types.VARCHAR, "text")).isEqualTo(SQLDataType.VARCHAR);
    assertThat(postgres.columnType(Types.TIMESTAMP, "timestamptz"))
        .isEqualTo(SQLDataType.TIMESTAMPWITHTIMEZONE);

    Dialect sqlite = SqliteDialect.INSTANCE;
    assertThat(sqlite.columnType(Types.INTEGER, "INT")).isEqualTo(SQLDataType.BIGINT);
    assertThat(sqlite.columnType(Types.TINYINT, "TINYINT")).isEqualTo(SQLDataType.BIGINT);
    assertThat(sqlite.columnType(Types.VARCHAR, "JSON")).isEqualTo(SQLDataType.JSON);
    assertThat(sqlite.columnType(Types.REAL, "REAL")).isEqualTo(SQLDataType.REAL);
  }

  @Test
  void aTypeNameRexCouldNotWriteIntoSqlIsNotKept() {
    assertThat(SqliteDialect.INSTANCE.columnType(Types.OTHER, "int); drop table t; --"))
        .isEqualTo(SQLDataType.other("unknown"));
    assertThat(PostgresDialect.INSTANCE.columnType(Types.OTHER, null))
        .isEqualTo(SQLDataType.other("unknown"));
    assertThat(PostgresDialect.INSTANCE.columnType(Types.OTHER, "citext"))
        .isEqualTo(SQLDataType.other("citext"));
  }

  @Test
  void sqliteResultCodesBecomeSqlStatesWithTheTableAndColumn() {
    ErrorDetails unique =
        SqliteDialect.INSTANCE.errorDetails(
            new SQLException(
                "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed:"
                    + " Artist.Name)"));
    assertThat(unique).isEqualTo(new ErrorDetails("23505", null, "Artist", "Name", null));

    ErrorDetails check =
        SqliteDialect.INSTANCE.errorDetails(
            new SQLException(
                "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed:"
                    + " positive_price)"));
    assertThat(check.sqlState()).isEqualTo("23514");
    assertThat(check.constraint()).isEqualTo("positive_price");

    assertThat(SqliteDialect.INSTANCE.errorDetails(new SQLException("[SQLITE_BUSY] busy")))
        .isEqualTo(new ErrorDetails("40001", null, null, null, null));
    assertThat(SqliteDialect.INSTANCE.errorDetails(new SQLException("other", "HY000")))
        .isEqualTo(new ErrorDetails("HY000", null, null, null, null));
  }

  @Test
  void postgresReadsWhatTheServerReportedThroughPgjdbc() {
    PSQLException failure =
        new PSQLException(
            new ServerErrorMessage(
                "SERROR\0C23505\0Mduplicate key value violates unique constraint"
                    + " \"artist_name_key\"\0DKey (name)=(AC/DC) already exists.\0tartist\0"
                    + "cname\0nartist_name_key\0"));

    assertThat(PostgresDialect.INSTANCE.errorDetails(failure))
        .isEqualTo(
            new ErrorDetails(
                "23505",
                "artist_name_key",
                "artist",
                "name",
                "Key (name)=(AC/DC) already exists."));
    assertThat(PostgresDialect.INSTANCE.errorDetails(new SQLException("gone", "08006")))
        .isEqualTo(new ErrorDetails("08006", null, null, null, null));
  }

  @Test
  void theDefaultErrorDetailsAreTheDriversSqlState() {
    assertThat(PLAIN.errorDetails(new SQLException("[SQLITE_BUSY] not mine", "57014")))
        .isEqualTo(ErrorDetails.of(new SQLException("x", "57014")));
  }

  @Test
  void onlySqliteSaysAStatementWasRefusedForAConcurrentWriter() throws Exception {
    SQLException busy =
        new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)");

    assertThat(SqliteDialect.INSTANCE.refusedForAConcurrentWriter(busy)).isTrue();
    assertThat(SqliteDialect.INSTANCE.refusedForAConcurrentWriter(new SQLException("other")))
        .isFalse();
    assertThat(PostgresDialect.INSTANCE.refusedForAConcurrentWriter(busy)).isFalse();
    assertThat(PLAIN.refusedForAConcurrentWriter(busy)).isFalse();

    // A real one: two connections that both read, then both try to write.
    String url = "jdbc:sqlite:" + directory.resolve("busy.db");
    try (Connection first = DriverManager.getConnection(url);
        Connection second = DriverManager.getConnection(url);
        Statement setUp = first.createStatement()) {
      setUp.execute("create table t (id integer)");
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      try (Statement a = first.createStatement();
          Statement b = second.createStatement()) {
        a.executeQuery("select count(*) from t").close();
        b.executeQuery("select count(*) from t").close();
        a.execute("insert into t values (1)");
        SQLException refused =
            org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class, () -> b.execute("insert into t values (2)"));
        assertThat(SqliteDialect.INSTANCE.refusedForAConcurrentWriter(refused)).isTrue();
      }
      first.rollback();
      second.rollback();
    }
  }
}
