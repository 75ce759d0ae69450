package dev.rex.dsl.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.DataType;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Binding#getter()}: a row reader makes the declared plain JDBC call instead of {@code get},
 * so a binding may only declare one when its {@code get} reads exactly that, nulls included.
 * Checked here on real SQLite result sets for every type of both built-in dialects.
 */
class BindingGetterTest {

  private static final List<DataType<?>> TYPES =
      List.of(
          SQLDataType.SMALLINT,
          SQLDataType.INTEGER,
          SQLDataType.BIGINT,
          SQLDataType.VARCHAR,
          SQLDataType.CHAR,
          SQLDataType.TEXT,
          SQLDataType.NUMERIC,
          SQLDataType.DOUBLE,
          SQLDataType.BOOLEAN);

  @TempDir Path directory;

  @Test
  void theStandardIntegerLongAndTextBindingsDeclareTheirGetters() {
    assertThat(StandardBindings.INTEGER.getter()).isEqualTo(Binding.Getter.INT);
    assertThat(StandardBindings.LONG.getter()).isEqualTo(Binding.Getter.LONG);
    assertThat(StandardBindings.STRING.getter()).isEqualTo(Binding.Getter.STRING);
    assertThat(PostgresDialect.INSTANCE.binding(SQLDataType.VARCHAR).getter())
        .isEqualTo(Binding.Getter.STRING);
  }

  @Test
  void sqliteIntegersDeclareALongNarrowedToAnInt() {
    // SQLite reads every integer as a long and refuses one that does not fit an Integer; the
    // reader narrows the long itself and hands a value that does not fit to the binding
    assertThat(SqliteDialect.INSTANCE.binding(SQLDataType.INTEGER).getter())
        .isEqualTo(Binding.Getter.INT_FROM_LONG);
  }

  @Test
  void sqliteIntegersAreBoundAsIntegersAndNullsAsNull() throws SQLException {
    Binding<Integer> integers = SqliteDialect.INSTANCE.binding(SQLDataType.INTEGER);
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("bound.db"));
        java.sql.PreparedStatement bound =
            connection.prepareStatement("select typeof(?), ? + 1, typeof(?)")) {
      integers.set(bound, 1, 2_000_000_000);
      integers.set(bound, 2, Integer.MIN_VALUE);
      integers.set(bound, 3, null);
      try (ResultSet row = bound.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("integer");
        assertThat(row.getLong(2)).isEqualTo(Integer.MIN_VALUE + 1L);
        assertThat(row.getString(3)).isEqualTo("null");
      }
    }
  }

  @Test
  void bindingsThatCheckOrConvertReadThroughTheirOwnGet() {
    assertThat(StandardBindings.DECIMAL.getter()).isEqualTo(Binding.Getter.OTHER);
    assertThat(StandardBindings.BOOLEAN.getter()).isEqualTo(Binding.Getter.OTHER);
    Binding<Integer> custom =
        new Binding<>() {
          @Override
          public void set(java.sql.PreparedStatement statement, int index, @Nullable Integer v) {}

          @Override
          public @Nullable Integer get(ResultSet resultSet, int index) {
            return 7;
          }
        };
    assertThat(custom.getter()).isEqualTo(Binding.Getter.OTHER);
  }

  @Test
  void aDeclaredGetterReadsWhatTheBindingReads() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("getters.db"));
        Statement statement = connection.createStatement()) {
      statement.execute("create table v(i integer, t text)");
      statement.execute(
          "insert into v values (0, ''), (null, null), (42, 'x'), (-1, 'é'), (2147483647, '0'),"
              + " (-2147483648, 'null'), (9223372036854775807, ' ')");
      int checked = 0;
      for (Dialect dialect : List.of(PostgresDialect.INSTANCE, SqliteDialect.INSTANCE)) {
        for (DataType<?> type : TYPES) {
          Binding<?> binding = dialect.binding(type);
          Binding.Getter getter = binding.getter();
          if (getter == Binding.Getter.OTHER) {
            continue;
          }
          String column = getter == Binding.Getter.STRING ? "t" : "i";
          String where =
              getter == Binding.Getter.INT || getter == Binding.Getter.INT_FROM_LONG
                  ? " where i is null or i < 2147483648"
                  : "";
          try (ResultSet rows = statement.executeQuery("select " + column + " from v" + where)) {
            while (rows.next()) {
              assertThat(direct(getter, rows))
                  .as("%s %s", dialect.name(), type)
                  .isEqualTo(binding.get(rows, 1));
              checked++;
            }
          }
        }
      }
      assertThat(checked).isGreaterThan(20);
    }
  }

  /** What a row reader reads for {@code getter}, written out as the runtime's reader does. */
  private static @Nullable Object direct(Binding.Getter getter, ResultSet rows)
      throws SQLException {
    return switch (getter) {
      case INT -> {
        int value = rows.getInt(1);
        yield value == 0 && rows.wasNull() ? null : value;
      }
      case INT_FROM_LONG -> {
        long value = rows.getLong(1);
        yield value == 0 && rows.wasNull() ? null : (Object) (int) value;
      }
      case LONG -> {
        long value = rows.getLong(1);
        yield value == 0 && rows.wasNull() ? null : value;
      }
      case STRING -> rows.getString(1);
      case OTHER -> throw new AssertionError("not a plain getter");
    };
  }
}
