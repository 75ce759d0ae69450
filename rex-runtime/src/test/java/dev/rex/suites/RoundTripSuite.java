package dev.rex.suites;

import static dev.rex.dsl.DSL.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.rex.dsl.DataType;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.fixtures.ValueTable;
import dev.rex.testing.DatabaseTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties, per type Rex binds: every value written through Rex either comes back
 * exactly or is refused with an {@link InvalidValueException} naming the column, and a refused
 * value leaves the table unchanged. Values are the edges of each type and of each dialect's
 * storage, plus values generated from a fixed seed. "Exactly" is {@code equals}, except: decimals
 * compare with {@code compareTo} where the dialect does not keep the scale (SQLite always,
 * PostgreSQL for a negative scale), and offset timestamps compare as instants (both dialects give
 * them back in UTC).
 *
 * <p>The JVM runs in a zone with daylight-saving time while the suite runs, so that local times in
 * a DST gap or overlap would be caught if a driver shifted them.
 */
public abstract class RoundTripSuite extends DatabaseTest {

  private static final int GENERATED = 150;
  private static final ZoneId DST_ZONE = ZoneId.of("Europe/Berlin");

  private final TimeZone originalZone = TimeZone.getDefault();
  private final Random random = new Random(20261130L);
  private int tables;

  protected RoundTripSuite() {
    TimeZone.setDefault(TimeZone.getTimeZone(DST_ZONE));
  }

  @AfterAll
  void restoreTimeZone() {
    TimeZone.setDefault(originalZone);
  }

  /** What happened to each value. */
  protected record Outcome(List<Object> kept, List<Object> refused) {}

  private String ddl(String pgType, String sqliteType) {
    return postgres() ? pgType : sqliteType;
  }

  protected boolean sqlite() {
    return dialect().equals("sqlite");
  }

  /**
   * The column type this dialect declares for a column the suite declares as {@code suiteType}
   * (PostgreSQL's or SQLite's name); a plugin's dialect overrides this.
   */
  protected String columnType(String suiteType) {
    return suiteType;
  }

  /**
   * Checks the edges of this dialect's storage for the values of one test: {@code type} names them
   * ({@code "smallint"}, {@code "double"}, {@code "decimal"}, {@code "text"}, …). PostgreSQL's and
   * SQLite's are checked in the tests; a plugin's dialect overrides this.
   */
  protected void checkOwnEdges(String type, Outcome outcome) {}

  /**
   * Writes each value into a new table with a column {@code v} of {@code sqlType} and {@code type},
   * reads it back and checks the property.
   */
  private <T> Outcome roundTrip(
      String sqlType, DataType<T> type, List<@Nullable T> values, BiPredicate<T, T> same) {
    String name = "round_trip_" + ++tables;
    db.execute("create table " + name + " (id integer primary key, v " + columnType(sqlType) + ")");
    ValueTable<T> table = new ValueTable<>(name, type);
    List<Object> kept = new ArrayList<>();
    List<Object> refused = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      int rowsBefore = rows(table);
      try {
        db.insertInto(table).set(table.ID, i).set(table.V, value).execute();
      } catch (InvalidValueException e) {
        assertThat(e.getMessage()).contains("column " + name + ".v", "(parameter 2)");
        assertThat(e.column()).isEqualTo(name + ".v");
        assertThat(rows(table)).as("rows after refusing %s", describe(value)).isEqualTo(rowsBefore);
        assertThatThrownBy(() -> db.select(count()).from(table).where(table.V.eq(value)).fetchOne())
            .as("comparing with the refused %s", describe(value))
            .isInstanceOf(InvalidValueException.class);
        refused.add(value);
        continue;
      }
      T back = db.select(table.V).from(table).where(table.ID.eq(i)).fetchSingle().value1();
      if (value == null ? back != null : back == null || !same.test(value, back)) {
        fail("%s came back as %s", describe(value), describe(back));
      }
      kept.add(value);
    }
    db.execute("drop table " + name);
    return new Outcome(kept, refused);
  }

  private int rows(ValueTable<?> table) {
    return db.select(count()).from(table).fetchSingle().value1();
  }

  private static String describe(@Nullable Object value) {
    if (value instanceof byte[] bytes) {
      return "byte[" + bytes.length + "]";
    }
    String text = String.valueOf(value);
    return text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " chars)" : text;
  }

  private <T> List<@Nullable T> generated(Function<Random, T> generator, List<@Nullable T> edges) {
    List<@Nullable T> values = new ArrayList<>(edges);
    values.add(null);
    for (int i = 0; i < GENERATED; i++) {
      values.add(generator.apply(random));
    }
    return values;
  }

  @Test
  void integersRoundTripAtTheirLimits() {
    Outcome shorts =
        roundTrip(
            "smallint",
            SQLDataType.SMALLINT,
            generated(
                r -> (short) r.nextInt(),
                List.of(Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, (short) -1)),
            Object::equals);
    Outcome ints =
        roundTrip(
            "integer",
            SQLDataType.INTEGER,
            generated(Random::nextInt, List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0)),
            Object::equals);
    Outcome longs =
        roundTrip(
            "bigint",
            SQLDataType.BIGINT,
            generated(Random::nextLong, List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L)),
            Object::equals);

    assertThat(shorts.refused()).isEmpty();
    assertThat(ints.refused()).isEmpty();
    assertThat(longs.refused()).isEmpty();
    checkOwnEdges("smallint", shorts);
    checkOwnEdges("integer", ints);
    checkOwnEdges("bigint", longs);
  }

  @Test
  void doublesRoundTripBitForBitOrAreRefused() {
    List<Double> edges =
        List.of(
            0.0,
            -0.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            0.1,
            1.0 / 3);
    Outcome doubles =
        roundTrip(
            ddl("double precision", "double"),
            SQLDataType.DOUBLE,
            generated(r -> Double.longBitsToDouble(r.nextLong()), edges),
            Double::equals);

    assertThat(doubles.kept()).contains(Double.MIN_VALUE, Double.MAX_VALUE);
    if (postgres() || sqlite()) {
      assertThat(doubles.kept()).contains(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }
    if (postgres()) {
      assertThat(doubles.refused()).isEmpty();
    } else if (sqlite()) {
      assertThat(doubles.refused()).containsExactlyInAnyOrder(-0.0, Double.NaN);
    }
    checkOwnEdges("double", doubles);
  }

  @Test
  void floatsRoundTripBitForBitOrAreRefused() {
    List<Float> edges =
        List.of(
            0.0f,
            -0.0f,
            Float.NaN,
            Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE,
            Float.MAX_VALUE);
    Outcome floats =
        roundTrip(
            "real",
            SQLDataType.REAL,
            generated(r -> Float.intBitsToFloat(r.nextInt()), edges),
            Float::equals);

    if (postgres()) {
      assertThat(floats.refused()).isEmpty();
    } else if (sqlite()) {
      assertThat(floats.refused()).containsExactlyInAnyOrder(-0.0f, Float.NaN);
    }
    checkOwnEdges("real", floats);
  }

  private static BigDecimal randomDecimal(Random random) {
    int digits = 1 + random.nextInt(40);
    BigInteger unscaled = new BigInteger(digits * 4, random);
    if (random.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, random.nextInt(50) - 20);
  }

  @Test
  void decimalsRoundTripOrAreRefused() {
    List<BigDecimal> edges =
        List.of(
            BigDecimal.ZERO,
            new BigDecimal("0.00"),
            new BigDecimal("1.50"),
            new BigDecimal("0.99"),
            BigDecimal.valueOf(Long.MAX_VALUE),
            BigDecimal.valueOf(Long.MIN_VALUE),
            BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE),
            BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE),
            new BigDecimal("1234567890123456789012345678901234567890"),
            new BigDecimal("0.1234567890123456789012345678901234567890"),
            new BigDecimal("123456789012345"),
            new BigDecimal("0.123456789012345"),
            new BigDecimal("1E+20"),
            new BigDecimal("1E-307"),
            new BigDecimal("1E-320"),
            new BigDecimal("1E+400"),
            new BigDecimal("1E-20000"));
    boolean keepsScale = postgres();
    Outcome decimals =
        roundTrip(
            "numeric",
            SQLDataType.NUMERIC,
            generated(RoundTripSuite::randomDecimal, edges),
            (in, out) -> keepsScale && in.scale() >= 0 ? in.equals(out) : in.compareTo(out) == 0);

    assertThat(decimals.kept())
        .contains(
            new BigDecimal("1.50"),
            BigDecimal.valueOf(Long.MAX_VALUE),
            new BigDecimal("0.123456789012345"),
            new BigDecimal("1E+20"));
    assertThat(decimals.refused()).contains(new BigDecimal("1E-20000"));
    if (postgres()) {
      assertThat(decimals.kept())
          .contains(new BigDecimal("1234567890123456789012345678901234567890"));
    } else if (sqlite()) {
      assertThat(decimals.refused())
          .contains(
              BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE),
              new BigDecimal("1234567890123456789012345678901234567890"),
              new BigDecimal("1E-320"));
    }
    checkOwnEdges("decimal", decimals);
  }

  @Test
  void booleansUuidsAndBytesRoundTrip() {
    Outcome booleans =
        roundTrip(
            "boolean",
            SQLDataType.BOOLEAN,
            generated(Random::nextBoolean, List.of(true, false)),
            Object::equals);
    Outcome uuids =
        roundTrip(
            ddl("uuid", "text"),
            SQLDataType.UUID,
            generated(
                r -> new UUID(r.nextLong(), r.nextLong()),
                List.of(new UUID(0, 0), new UUID(-1, -1))),
            Object::equals);
    byte[] large = new byte[5 * 1024 * 1024];
    random.nextBytes(large);
    Outcome bytes =
        roundTrip(
            ddl("bytea", "blob"),
            SQLDataType.BLOB,
            generated(
                r -> {
                  byte[] value = new byte[r.nextInt(300)];
                  r.nextBytes(value);
                  return value;
                },
                List.of(new byte[0], new byte[] {0}, large)),
            Arrays::equals);

    assertThat(booleans.refused()).isEmpty();
    assertThat(uuids.refused()).isEmpty();
    assertThat(bytes.refused()).isEmpty();
    checkOwnEdges("bytes", bytes);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append((char) random.nextInt(0x80)); // ASCII, NUL included
        case 1 -> text.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
        case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x10000)); // a surrogate pair
        default -> text.append((char) (0x20 + random.nextInt(0xD000)));
      }
    }
    return text.toString();
  }

  @Test
  void textRoundTripsOrIsRefused() {
    String large = "Ünïcödé ☃ 𝄞 quotes ' \" \\ $$ ".repeat(100_000); // several MB
    Outcome text =
        roundTrip(
            "text",
            SQLDataType.TEXT,
            generated(
                RoundTripSuite::randomText,
                List.of("", " ", "a\u0000b", "\uD834\uDD1E", "\uD834", "x\uDD1E", large)),
            String::equals);

    assertThat(text.kept()).contains("", " ", "\uD834\uDD1E", large);
    assertThat(text.refused()).contains("\uD834", "x\uDD1E");
    if (postgres()) {
      assertThat(text.refused()).contains("a\u0000b");
    } else if (sqlite()) {
      assertThat(text.kept()).contains("a\u0000b");
    }
    checkOwnEdges("text", text);
  }

  private static LocalDate randomDate(Random random) {
    long day =
        random.nextBoolean()
            ? random.nextLong(-800_000, 3_000_000) // around years 0 to 10000
            : random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
    return LocalDate.ofEpochDay(day);
  }

  @Test
  void datesRoundTripOrAreRefused() {
    List<LocalDate> edges =
        List.of(
            LocalDate.MIN,
            LocalDate.MAX,
            LocalDate.of(0, 1, 1),
            LocalDate.of(-1, 12, 31),
            LocalDate.of(9999, 12, 31),
            LocalDate.of(10000, 1, 1),
            LocalDate.of(-4712, 1, 1),
            LocalDate.of(-4713, 12, 31),
            LocalDate.of(5874897, 12, 31),
            LocalDate.of(5874898, 1, 1),
            LocalDate.of(1970, 1, 1),
            LocalDate.of(2000, 2, 29));
    Outcome dates =
        roundTrip(
            "date", SQLDataType.DATE, generated(RoundTripSuite::randomDate, edges), Object::equals);

    assertThat(dates.kept()).contains(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31));
    assertThat(dates.refused()).contains(LocalDate.of(-4713, 12, 31), LocalDate.of(5874898, 1, 1));
    if (postgres()) {
      assertThat(dates.kept()).contains(LocalDate.MIN, LocalDate.MAX, LocalDate.of(10000, 1, 1));
    } else if (sqlite()) {
      assertThat(dates.refused())
          .contains(
              LocalDate.MIN, LocalDate.MAX, LocalDate.of(-1, 12, 31), LocalDate.of(10000, 1, 1));
    }
    checkOwnEdges("date", dates);
  }

  private static LocalTime randomTime(Random random) {
    LocalTime time = LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1));
    return random.nextBoolean() ? time.withNano(time.getNano() / 1000 * 1000) : time;
  }

  @Test
  void timesRoundTripOrAreRefused() {
    List<LocalTime> edges =
        List.of(
            LocalTime.MIN,
            LocalTime.MAX,
            LocalTime.NOON,
            LocalTime.of(23, 59, 59, 999_999_000),
            LocalTime.of(1, 2, 3, 1));
    Outcome times =
        roundTrip(
            "time", SQLDataType.TIME, generated(RoundTripSuite::randomTime, edges), Object::equals);

    assertThat(times.kept()).contains(LocalTime.MIN, LocalTime.of(23, 59, 59, 999_999_000));
    if (postgres() || sqlite()) {
      assertThat(times.kept()).contains(LocalTime.MAX);
    }
    if (postgres()) {
      assertThat(times.refused()).contains(LocalTime.of(1, 2, 3, 1));
    } else if (sqlite()) {
      assertThat(times.refused()).isEmpty();
    }
    checkOwnEdges("time", times);
  }

  private static LocalDateTime randomTimestamp(Random random) {
    return LocalDateTime.of(randomDate(random), randomTime(random));
  }

  /** Local times in Berlin's DST gap and overlap, and the instants around them. */
  private static List<LocalDateTime> daylightSavingTimes() {
    return List.of(
        LocalDateTime.of(2021, 3, 28, 2, 30),
        LocalDateTime.of(2021, 3, 28, 1, 59, 59, 999_999_000),
        LocalDateTime.of(2021, 10, 31, 2, 30),
        LocalDateTime.of(2021, 10, 31, 3, 0));
  }

  @Test
  void timestampsRoundTripOrAreRefused() {
    List<LocalDateTime> edges = new ArrayList<>(daylightSavingTimes());
    edges.addAll(
        List.of(
            LocalDateTime.MIN,
            LocalDateTime.MAX,
            LocalDateTime.of(0, 1, 1, 0, 0),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
            LocalDateTime.of(10000, 1, 1, 0, 0),
            LocalDateTime.of(-4712, 1, 1, 0, 0),
            LocalDateTime.of(-4713, 11, 24, 0, 0),
            LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000),
            LocalDateTime.of(294277, 1, 1, 0, 0),
            LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1)));
    Outcome timestamps =
        roundTrip(
            "timestamp",
            SQLDataType.TIMESTAMP,
            generated(RoundTripSuite::randomTimestamp, edges),
            Object::equals);

    assertThat(timestamps.kept()).containsAll(daylightSavingTimes());
    assertThat(timestamps.refused()).contains(LocalDateTime.of(294277, 1, 1, 0, 0));
    if (postgres()) {
      assertThat(timestamps.refused())
          .contains(
              LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1), LocalDateTime.of(-4713, 11, 24, 0, 0));
      assertThat(timestamps.kept()).contains(LocalDateTime.MIN, LocalDateTime.MAX);
    } else if (sqlite()) {
      assertThat(timestamps.kept()).contains(LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1));
      assertThat(timestamps.refused())
          .contains(LocalDateTime.MIN, LocalDateTime.of(10000, 1, 1, 0, 0));
    }
    checkOwnEdges("timestamp", timestamps);
  }

  @Test
  void offsetTimestampsRoundTripAsInstantsOrAreRefused() {
    List<OffsetDateTime> edges = new ArrayList<>();
    for (LocalDateTime local : daylightSavingTimes()) {
      for (ZoneOffset offset : DST_ZONE.getRules().getValidOffsets(local)) {
        edges.add(ZonedDateTime.ofLocal(local, DST_ZONE, offset).toOffsetDateTime());
      }
    }
    edges.addAll(
        List.of(
            OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)),
            OffsetDateTime.of(0, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1)),
            OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 45)),
            OffsetDateTime.of(294276, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5))));
    Outcome timestamps =
        roundTrip(
            ddl("timestamp with time zone", "timestamptz"),
            SQLDataType.TIMESTAMPWITHTIMEZONE,
            generated(
                r ->
                    OffsetDateTime.of(
                        randomTimestamp(r), ZoneOffset.ofTotalSeconds(r.nextInt(-18, 19) * 3600)),
                edges),
            OffsetDateTime::isEqual);

    assertThat(timestamps.refused())
        .contains(OffsetDateTime.of(294276, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)));
    assertThat(timestamps.kept())
        .contains(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 45)));
    if (postgres()) {
      assertThat(timestamps.kept())
          .contains(OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)));
    } else if (sqlite()) {
      assertThat(timestamps.refused())
          .contains(
              OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)),
              OffsetDateTime.of(0, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1)));
    }
    checkOwnEdges("timestamptz", timestamps);
  }

  @Test
  void aValueWrittenByAnotherToolThatCannotBeReadFailsNamingTheColumn() {
    db.execute(
        "create table other_tool (id integer primary key, v " + ddl("numeric", "date") + ")");
    try {
      if (postgres()) {
        db.execute("insert into other_tool values (1, 1.5), (2, 'NaN')");
      } else {
        db.execute("insert into other_tool values (1, '2020-01-01'), (2, '+10000-01-01')");
      }
      DataType<?> type = postgres() ? SQLDataType.NUMERIC : SQLDataType.DATE;
      ValueTable<?> table = new ValueTable<>("other_tool", type);

      assertThatThrownBy(() -> db.selectFrom(table).fetch())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("Column other_tool.v holds a value Rex cannot read: ")
          .hasMessageContaining(postgres() ? "'NaN'" : "'+10000-01-01'");
      assertThatThrownBy(
              () -> db.select(dev.rex.dsl.DSL.multiset(db.select(table.V).from(table))).fetch())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("a value of the nested result cannot be read");
      assertThat(db.select(table.V).from(table).where(table.ID.eq(1)).fetchSingle().value1())
          .isEqualTo(postgres() ? new BigDecimal("1.5") : LocalDate.of(2020, 1, 1));
    } finally {
      db.execute("drop table other_tool");
    }
  }

  @Test
  void aFreeStandingValueIsRefusedByItsPosition() {
    var query =
        db.select(
            dev.rex.dsl.DSL.val("ok"), dev.rex.dsl.DSL.val(postgres() ? "a\u0000b" : "\uD800"));

    assertThatThrownBy(query::fetch)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("The value of parameter 2 was refused and nothing was written: ")
        .satisfies(e -> assertThat(((InvalidValueException) e).column()).isNull())
        .satisfies(e -> assertThat(((InvalidValueException) e).parameter()).isEqualTo(2));
  }

  @Test
  void postgresArraysRoundTripOrAreRefusedLikeTheirElements() {
    org.junit.jupiter.api.Assumptions.assumeTrue(postgres(), "SQLite has no array columns");
    Outcome words =
        roundTrip(
            "text[]",
            DataType.arrayOf(SQLDataType.TEXT, String[].class),
            generated(
                r -> new String[] {randomText(r), null, randomText(r)},
                List.of(new String[0], new String[] {"a", "b"}, new String[] {"a\u0000"})),
            Arrays::equals);
    Outcome grids =
        roundTrip(
            "integer[]",
            DataType.arrayOf(
                DataType.arrayOf(SQLDataType.INTEGER, Integer[].class), Integer[][].class),
            generated(
                r -> new Integer[][] {{r.nextInt(), null}, {Integer.MIN_VALUE, r.nextInt()}},
                List.<Integer[][]>of(new Integer[][] {{1, 2}, {3, 4}})),
            Arrays::deepEquals);
    Outcome times =
        roundTrip(
            "timestamp[]",
            DataType.arrayOf(SQLDataType.TIMESTAMP, LocalDateTime[].class),
            List.of(
                new LocalDateTime[] {LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1_000)},
                new LocalDateTime[] {LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1)}),
            Arrays::equals);

    assertThat(words.refused())
        .anyMatch(v -> Arrays.equals((Object[]) v, new String[] {"a\u0000"}));
    assertThat(words.kept()).anyMatch(v -> Arrays.equals((Object[]) v, new String[] {"a", "b"}));
    assertThat(grids.refused()).isEmpty();
    assertThat(times.refused()).hasSize(1);
  }
}
