package dev.rex.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DSL;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.dialect.SqliteDialect;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The primitive reads generated records use ({@code intValue}, {@code longValue}, {@code isNull}),
 * on real result sets: PostgreSQL, whose integer bindings are plain {@code getInt}/{@code getLong}
 * calls, and SQLite, whose are read through the binding (a range check).
 */
class ResultSetColumnsTest {

  private static final String ROW = "select 0, null, 0, null, 5000000000, 7";

  private static final List<Field<?>> FIELDS =
      List.of(
          field("zero", SQLDataType.INTEGER),
          field("nothing", SQLDataType.INTEGER),
          field("long_zero", SQLDataType.BIGINT),
          field("long_nothing", SQLDataType.BIGINT),
          field("big", SQLDataType.BIGINT),
          field("seven", SQLDataType.INTEGER));

  private static <T> Field<T> field(String name, DataType<T> type) {
    return DSL.field(DSL.name(name), type);
  }

  @Test
  void postgresPrimitiveReadsTellNullFromZero() throws SQLException {
    String url = TestDatabases.newPostgresDatabase();
    try (Connection connection = DriverManager.getConnection(url)) {
      readsTheRow(connection, PostgresDialect.INSTANCE, ROW.replace("null", "null::int"));
    } finally {
      TestDatabases.dropPostgresDatabase(url);
    }
  }

  @Test
  void sqlitePrimitiveReadsTellNullFromZero() throws SQLException {
    try (Connection connection = DriverManager.getConnection(TestDatabases.newSqliteDatabase())) {
      readsTheRow(connection, SqliteDialect.INSTANCE, ROW);
    }
  }

  @Test
  void aValueOutOfAnIntsRangeIsRefusedNotTruncated() throws SQLException {
    try (Connection connection = DriverManager.getConnection(TestDatabases.newSqliteDatabase());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select 5000000000")) {
      rows.next();
      ResultSetColumns columns = columns(SqliteDialect.INSTANCE, List.of(FIELDS.get(0)));
      columns.on(rows);

      // SQLite's integer binding declares getLong narrowed to int: the reader reads the long
      // itself and hands a value that does not fit to the binding, which refuses it
      assertThat(SqliteDialect.INSTANCE.binding(SQLDataType.INTEGER).getter())
          .isEqualTo(Binding.Getter.INT_FROM_LONG);
      assertThatThrownBy(() -> columns.intValue(0))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("does not fit a Java Integer");
      assertThatThrownBy(() -> columns.getInteger(0))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("does not fit a Java Integer");
      assertThatThrownBy(columns::values)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("does not fit a Java Integer");
    }
  }

  private static void readsTheRow(Connection connection, Dialect dialect, String sql)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).isTrue();
      ResultSetColumns columns = columns(dialect, FIELDS);
      columns.on(rows);

      // isNull before any primitive read reads the column itself
      assertThat(columns.isNull(1)).isTrue();
      assertThat(columns.isNull(5)).isFalse();

      assertThat(columns.intValue(0)).isZero();
      assertThat(columns.isNull(0)).isFalse();
      assertThat(columns.intValue(1)).isZero();
      assertThat(columns.isNull(1)).isTrue();
      assertThat(columns.longValue(2)).isZero();
      assertThat(columns.isNull(2)).isFalse();
      assertThat(columns.longValue(3)).isZero();
      assertThat(columns.isNull(3)).isTrue();
      assertThat(columns.longValue(4)).isEqualTo(5_000_000_000L);
      // asked about another column than the one just read: that column is read
      assertThat(columns.isNull(3)).isTrue();
      assertThat(columns.intValue(5)).isEqualTo(7);
      assertThat(columns.isNull(5)).isFalse();
      // asked twice: the second answer reads the column rather than reusing the first
      assertThat(columns.isNull(5)).isFalse();
      // the boxed reads and the whole row agree
      assertThat(columns.getInteger(0)).isZero();
      assertThat(columns.getInteger(1)).isNull();
      assertThat(columns.values()).containsExactly(0, null, 0L, null, 5_000_000_000L, 7);
    }
  }

  private static ResultSetColumns columns(Dialect dialect, List<Field<?>> fields) {
    Binding<?>[] bindings = new Binding<?>[fields.size()];
    for (int i = 0; i < bindings.length; i++) {
      bindings[i] = dialect.binding(fields.get(i).getDataType());
    }
    return new ResultSetColumns(fields, bindings);
  }
}
