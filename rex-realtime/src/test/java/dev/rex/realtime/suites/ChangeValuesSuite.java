package dev.rex.realtime.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.DataType;
import dev.rex.dsl.SQLDataType;
import dev.rex.fixtures.ValueTable;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeOperation;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.RealtimeSchema;
import dev.rex.realtime.RealtimeSettings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change's records hold exactly what a {@code select} of the row returns, for every column type
 * and its edge values: the log's JSON loses nothing on the way (exact decimals, the full range of
 * integers, bytes with zeros, text with quotes, NUL-free Unicode and line breaks, dates and times).
 */
public abstract class ChangeValuesSuite {

  private String url;
  private Rex db;
  private Realtime realtime;
  private int tables;

  protected abstract String dialect();

  private boolean postgres() {
    return dialect().equals("postgres");
  }

  @BeforeEach
  void start() {
    url = RealtimeDatabase.create(dialect(), "album");
    db = Rex.connect(url);
    realtime =
        Realtime.start(db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(100)));
  }

  @AfterEach
  void stop() {
    realtime.close();
    db.close();
  }

  /** Writes each value, updates it to the next one, and compares the change with a select. */
  private <T> void check(String sqlType, DataType<T> type, List<@Nullable T> values)
      throws Exception {
    String name = "change_values_" + ++tables;
    db.execute("create table " + name + " (id integer primary key, v " + sqlType + ")");
    capture(name);
    ValueTable<T> table = new ValueTable<>(name, type);
    BlockingQueue<Change<ValueTable.Row>> changes = new LinkedBlockingQueue<>();
    realtime.changes(table).subscribe(changes::add);
    for (int i = 0; i < values.size(); i++) {
      db.insertInto(table).set(table.ID, i).set(table.V, values.get(i)).execute();
      db.update(table)
          .set(table.V, values.get((i + 1) % values.size()))
          .where(table.ID.eq(i))
          .execute();
    }
    for (int i = 0; i < values.size(); i++) {
      Change<ValueTable.Row> insert = changes.poll(20, TimeUnit.SECONDS);
      Change<ValueTable.Row> update = changes.poll(20, TimeUnit.SECONDS);
      assertThat(insert).isNotNull();
      assertThat(update).isNotNull();
      assertThat(insert.operation()).isEqualTo(ChangeOperation.INSERT);
      T selected = db.select(table.V).from(table).where(table.ID.eq(i)).fetchSingle().value1();
      assertSame(insert.newRecord().get(table.V), values.get(i), name);
      assertSame(update.oldRecord().get(table.V), values.get(i), name);
      assertSame(update.newRecord().get(table.V), selected, name);
    }
  }

  private static void assertSame(@Nullable Object actual, @Nullable Object expected, String where) {
    boolean same =
        actual instanceof BigDecimal a && expected instanceof BigDecimal e
            ? a.compareTo(e) == 0
            : Objects.deepEquals(actual, expected);
    assertThat(same)
        .as("%s: %s came through the log as %s", where, show(expected), show(actual))
        .isTrue();
  }

  private static String show(@Nullable Object value) {
    return value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
  }

  private void capture(String table) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      String script = RealtimeSchema.migration(connection, List.of(table));
      if (postgres()) {
        statement.execute(script);
      } else {
        for (String sql : script.split(";\\s*\\n")) {
          if (!sql.isBlank()) {
            statement.execute(sql);
          }
        }
      }
    }
  }

  @Test
  void integersKeepTheirWholeRange() throws Exception {
    check(
        "smallint", SQLDataType.SMALLINT, list(Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, null));
    check("integer", SQLDataType.INTEGER, list(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, null));
    check(
        "bigint",
        SQLDataType.BIGINT,
        list(Long.MIN_VALUE, Long.MAX_VALUE, 9_007_199_254_740_993L, null));
  }

  @Test
  void decimalsAndDoublesKeepTheirDigits() throws Exception {
    List<@Nullable BigDecimal> decimals =
        postgres()
            ? list(
                new BigDecimal("12345678901234567890.123456789"),
                new BigDecimal("-0.000000000000000001"),
                new BigDecimal("1.10"),
                null)
            : list(new BigDecimal("123456789.012345"), new BigDecimal("-0.5"), null);
    check("numeric", SQLDataType.NUMERIC, decimals);
    check(
        postgres() ? "double precision" : "real",
        SQLDataType.DOUBLE,
        list(0.1, -2.5e-300, 1.7976931348623157e308, 123456.789012345, null));
  }

  @Test
  void textBytesAndBooleansArriveUnchanged() throws Exception {
    check(
        "text",
        SQLDataType.TEXT,
        list("", "it's \"quoted\" \\ and\nbroken", "naïve 日本語 🎵", "{\"json\": [1]}", null));
    check(
        postgres() ? "bytea" : "blob",
        SQLDataType.BLOB,
        list(new byte[0], new byte[] {0, 1, -1, 127, -128}, "x".repeat(300).getBytes(), null));
    check("boolean", SQLDataType.BOOLEAN, list(true, false, null));
  }

  @Test
  void datesAndTimestampsArriveUnchanged() throws Exception {
    check(
        "date",
        SQLDataType.DATE,
        list(LocalDate.of(1, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31), null));
    check(
        "timestamp",
        SQLDataType.TIMESTAMP,
        list(
            LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000),
            LocalDateTime.of(1970, 1, 1, 0, 0),
            null));
  }

  @SafeVarargs
  private static <T> List<@Nullable T> list(@Nullable T... values) {
    return new ArrayList<>(Arrays.asList(values));
  }
}
