package dev.rex.dsl.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.fixtures.Rating;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite bindings against a real database file: what goes in comes back out. */
class SqliteBindingTest {

  private static final SqliteDialect SQLITE = SqliteDialect.INSTANCE;

  @TempDir Path directory;
  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("bindings.db"));
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create table value_holder (dec numeric(10,2), ts datetime, tstz timestamptz, d date, t time,"
              + " b boolean, u text, j text, i integer, l bigint, s smallint, r real,"
              + " f double, txt varchar(20), bin blob, e text, o text)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  /** Writes {@code value} into {@code column} through the binding and reads it back. */
  private <T> @Nullable T roundTrip(String column, DataType<T> type, @Nullable T value)
      throws SQLException {
    Binding<T> binding = SQLITE.binding(type);
    try (Statement statement = connection.createStatement()) {
      statement.execute("delete from value_holder");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into value_holder (" + column + ") values (?)")) {
      binding.set(insert, 1, value);
      insert.executeUpdate();
    }
    try (PreparedStatement select =
            connection.prepareStatement("select " + column + " from value_holder");
        ResultSet rows = select.executeQuery()) {
      assertThat(rows.next()).isTrue();
      return binding.get(rows, 1);
    }
  }

  /** Stores {@code sql} (a literal) in {@code column} and reads it with the binding. */
  private <T> @Nullable T read(String column, String literal, DataType<T> type)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("delete from value_holder");
      statement.execute("insert into value_holder (" + column + ") values (" + literal + ")");
      try (ResultSet rows = statement.executeQuery("select " + column + " from value_holder")) {
        assertThat(rows.next()).isTrue();
        return SQLITE.binding(type).get(rows, 1);
      }
    }
  }

  private String stored(String column) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select " + column + " from value_holder")) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }

  @Test
  void refusesAnIntegerThatDoesNotFitInsteadOfTruncatingIt() throws SQLException {
    assertThat(read("i", "2147483647", SQLDataType.INTEGER)).isEqualTo(Integer.MAX_VALUE);
    assertThat(read("i", "-5", SQLDataType.INTEGER)).isEqualTo(-5);
    assertThat(read("i", "null", SQLDataType.INTEGER)).isNull();
    assertThatThrownBy(() -> read("i", "3000000000", SQLDataType.INTEGER))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("3000000000")
        .hasMessageContaining("BIGINT");
    assertThat(roundTrip("i", SQLDataType.INTEGER, 42)).isEqualTo(42);
  }

  @Test
  void comparesBoundDecimalsAsNumbersEvenWithoutColumnAffinity() throws SQLException {
    roundTrip("dec", SQLDataType.NUMERIC, new BigDecimal("150.25"));
    try (PreparedStatement query =
        connection.prepareStatement("select sum(dec) > ? from value_holder")) {
      // sum() has no affinity: a decimal bound as text would compare greater than any number.
      SQLITE.binding(SQLDataType.NUMERIC).set(query, 1, new BigDecimal("100"));
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void keepsDecimalsExact() throws SQLException {
    assertThat(roundTrip("dec", SQLDataType.NUMERIC, new BigDecimal("0.99")))
        .isEqualTo(new BigDecimal("0.99"));
    assertThat(roundTrip("dec", SQLDataType.NUMERIC, new BigDecimal("1234567.89")))
        .isEqualTo(new BigDecimal("1234567.89"));
    assertThat(roundTrip("dec", SQLDataType.NUMERIC, new BigDecimal("17")))
        .isEqualTo(new BigDecimal("17"));
    assertThat(roundTrip("dec", SQLDataType.NUMERIC, null)).isNull();
  }

  @Test
  void storesTimestampsAsSqliteDateTimeText() throws SQLException {
    LocalDateTime whole = LocalDateTime.of(2009, 1, 1, 0, 0);
    assertThat(roundTrip("ts", SQLDataType.TIMESTAMP, whole)).isEqualTo(whole);
    assertThat(stored("ts")).isEqualTo("2009-01-01 00:00:00");

    LocalDateTime fraction = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789);
    assertThat(roundTrip("ts", SQLDataType.TIMESTAMP, fraction)).isEqualTo(fraction);
    assertThat(stored("ts")).isEqualTo("2024-02-29 13:45:30.123456789");

    LocalDateTime millis = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 120_000_000);
    assertThat(roundTrip("ts", SQLDataType.TIMESTAMP, millis)).isEqualTo(millis);
    assertThat(stored("ts")).isEqualTo("2024-02-29 13:45:30.12");
    assertThat(roundTrip("ts", SQLDataType.TIMESTAMP, null)).isNull();
  }

  @Test
  void readsTimestampsWrittenBySqliteAndInIsoForm() throws SQLException {
    assertThat(read("ts", "datetime('2009-01-02 03:04:05')", SQLDataType.TIMESTAMP))
        .isEqualTo(LocalDateTime.of(2009, 1, 2, 3, 4, 5));
    assertThat(read("ts", "'2009-01-02T03:04:05.5'", SQLDataType.TIMESTAMP))
        .isEqualTo(LocalDateTime.of(2009, 1, 2, 3, 4, 5, 500_000_000));
  }

  @Test
  void readsTimestampsStoredAsEpochMilliseconds() throws SQLException {
    long millis = 1_700_000_000_123L;
    assertThat(read("ts", Long.toString(millis), SQLDataType.TIMESTAMP))
        .isEqualTo(LocalDateTime.of(2023, 11, 14, 22, 13, 20, 123_000_000));
    assertThat(read("tstz", Long.toString(millis), SQLDataType.TIMESTAMPWITHTIMEZONE))
        .isEqualTo(OffsetDateTime.of(2023, 11, 14, 22, 13, 20, 123_000_000, ZoneOffset.UTC));
    assertThat(read("d", Long.toString(millis), SQLDataType.DATE))
        .isEqualTo(LocalDate.of(2023, 11, 14));
  }

  @Test
  void storedValuesOutOfTheJavaTypesRangeAreInvalidValuesNotParseErrors() {
    assertThatThrownBy(() -> read("d", "'+10000-01-01'", SQLDataType.DATE))
        .isInstanceOf(dev.rex.dsl.exception.InvalidValueException.class)
        .hasMessageStartingWith("'+10000-01-01' cannot be read as this column's type");
    assertThatThrownBy(() -> read("ts", "'yesterday'", SQLDataType.TIMESTAMP))
        .isInstanceOf(dev.rex.dsl.exception.InvalidValueException.class)
        .hasMessageStartingWith("'yesterday' cannot be read");
    assertThatThrownBy(() -> read("dec", "'Inf'", SQLDataType.NUMERIC))
        .isInstanceOf(dev.rex.dsl.exception.InvalidValueException.class);
    assertThatThrownBy(
            () -> roundTrip("dec", SQLDataType.NUMERIC, new BigDecimal("12345678901234567890")))
        .isInstanceOf(dev.rex.dsl.exception.InvalidValueException.class)
        .hasMessageContaining("64-bit integer");
  }

  @Test
  void normalisesOffsetTimestampsToUtc() throws SQLException {
    OffsetDateTime berlin = OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));

    OffsetDateTime read = roundTrip("tstz", SQLDataType.TIMESTAMPWITHTIMEZONE, berlin);

    assertThat(stored("tstz")).isEqualTo("2024-06-01 10:00:00+00:00");
    assertThat(read).isEqualTo(OffsetDateTime.of(2024, 6, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    assertThat(read.toInstant()).isEqualTo(berlin.toInstant());
    assertThat(read("tstz", "'2024-06-01T10:00:00Z'", SQLDataType.TIMESTAMPWITHTIMEZONE))
        .isEqualTo(read);
    assertThat(read("tstz", "'2024-06-01 10:00:00'", SQLDataType.TIMESTAMPWITHTIMEZONE))
        .isEqualTo(read);
    assertThat(roundTrip("tstz", SQLDataType.TIMESTAMPWITHTIMEZONE, null)).isNull();
  }

  @Test
  void storesDatesAndTimesAsText() throws SQLException {
    LocalDate date = LocalDate.of(1999, 12, 31);
    assertThat(roundTrip("d", SQLDataType.DATE, date)).isEqualTo(date);
    assertThat(stored("d")).isEqualTo("1999-12-31");
    assertThat(read("d", "'1999-12-31 00:00:00'", SQLDataType.DATE)).isEqualTo(date);

    LocalTime time = LocalTime.of(23, 59, 58, 1_000_000);
    assertThat(roundTrip("t", SQLDataType.TIME, time)).isEqualTo(time);
    assertThat(stored("t")).isEqualTo("23:59:58.001");
    assertThat(roundTrip("t", SQLDataType.TIME, LocalTime.NOON)).isEqualTo(LocalTime.NOON);
    assertThat(roundTrip("t", SQLDataType.TIME, null)).isNull();
    assertThat(roundTrip("d", SQLDataType.DATE, null)).isNull();
  }

  @Test
  void storesBooleansAsZeroAndOne() throws SQLException {
    assertThat(roundTrip("b", SQLDataType.BOOLEAN, true)).isTrue();
    assertThat(stored("b")).isEqualTo("1");
    assertThat(roundTrip("b", SQLDataType.BOOLEAN, false)).isFalse();
    assertThat(stored("b")).isEqualTo("0");
    assertThat(roundTrip("b", SQLDataType.BOOLEAN, null)).isNull();
    assertThat(read("txt", "'true'", SQLDataType.BOOLEAN)).isTrue();
    assertThat(read("txt", "'1'", SQLDataType.BOOLEAN)).isTrue();
    assertThat(read("txt", "'no'", SQLDataType.BOOLEAN)).isFalse();
  }

  @Test
  void storesUuidsJsonAndEnumsAsText() throws SQLException {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(roundTrip("u", SQLDataType.UUID, id)).isEqualTo(id);
    assertThat(stored("u")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(roundTrip("u", SQLDataType.UUID, null)).isNull();

    assertThat(roundTrip("j", SQLDataType.JSON, Json.of("{\"a\": [1, 2]}")))
        .isEqualTo(Json.of("{\"a\": [1, 2]}"));
    assertThat(roundTrip("j", SQLDataType.JSONB, Jsonb.of("[]"))).isEqualTo(Jsonb.of("[]"));
    assertThat(roundTrip("j", SQLDataType.JSON, null)).isNull();

    assertThat(roundTrip("e", Rating.TYPE, Rating.NC_17)).isEqualTo(Rating.NC_17);
    assertThat(stored("e")).isEqualTo("NC-17");
    assertThatThrownBy(() -> read("e", "'X'", Rating.TYPE))
        .isInstanceOf(dev.rex.dsl.exception.InvalidValueException.class)
        .hasMessage("'X' is not a value of mpaa_rating.");
  }

  @Test
  void bindsNumbersTextAndBytesNatively() throws SQLException {
    assertThat(roundTrip("i", SQLDataType.INTEGER, 0)).isZero();
    assertThat(roundTrip("i", SQLDataType.INTEGER, -7)).isEqualTo(-7);
    assertThat(roundTrip("i", SQLDataType.INTEGER, null)).isNull();
    assertThat(roundTrip("l", SQLDataType.BIGINT, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(roundTrip("l", SQLDataType.BIGINT, 0L)).isZero();
    assertThat(roundTrip("l", SQLDataType.BIGINT, null)).isNull();
    assertThat(roundTrip("s", SQLDataType.SMALLINT, (short) 3)).isEqualTo((short) 3);
    assertThat(roundTrip("s", SQLDataType.SMALLINT, (short) 0)).isZero();
    assertThat(roundTrip("s", SQLDataType.SMALLINT, null)).isNull();
    assertThat(roundTrip("r", SQLDataType.REAL, 1.5f)).isEqualTo(1.5f);
    assertThat(roundTrip("r", SQLDataType.REAL, 0f)).isZero();
    assertThat(roundTrip("r", SQLDataType.REAL, null)).isNull();
    assertThat(roundTrip("f", SQLDataType.DOUBLE, 0.1d)).isEqualTo(0.1d);
    assertThat(roundTrip("f", SQLDataType.DOUBLE, 0d)).isZero();
    assertThat(roundTrip("f", SQLDataType.DOUBLE, null)).isNull();
    assertThat(roundTrip("txt", SQLDataType.VARCHAR, "héllo")).isEqualTo("héllo");
    assertThat(roundTrip("txt", SQLDataType.TEXT, null)).isNull();
    assertThat(roundTrip("bin", SQLDataType.BLOB, new byte[] {0, 1, -1})).containsExactly(0, 1, -1);
    assertThat(roundTrip("bin", SQLDataType.BLOB, null)).isNull();
  }

  @Test
  void bindsUnmappedTypesAsObjects() throws SQLException {
    assertThat(roundTrip("o", SQLDataType.other("citext"), "x")).isEqualTo("x");
    assertThat(roundTrip("o", SQLDataType.other("citext"), null)).isNull();
  }

  @Test
  void rejectsArrays() {
    assertThatThrownBy(() -> SQLITE.binding(DataType.arrayOf(SQLDataType.TEXT, String[].class)))
        .isInstanceOf(RexException.class)
        .hasMessage("SQLite has no array type; column type text[] cannot bind.");
  }
}
