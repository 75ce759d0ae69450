package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * SQLite has no date, time, decimal, boolean, UUID or JSON storage classes. Rex stores them the way
 * SQLite's own functions expect: dates and times as ISO-8601 text ({@code 2009-01-01 00:00:00},
 * with a space, as {@code datetime()} writes), offset timestamps normalised to UTC, booleans as
 * 0/1, decimals as numbers read back through their text so that {@code 0.99} stays exactly {@code
 * 0.99}, and UUID and JSON as text. Integer timestamps (milliseconds since the epoch, as
 * sqlite-jdbc writes by default) are read too.
 */
final class SqliteBindings {

  private SqliteBindings() {}

  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter();

  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .append(TIME)
          .toFormatter();

  private static final DateTimeFormatter OFFSET_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .toFormatter();

  private static final DateTimeFormatter WRITE_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral(' ')
          .append(TIME)
          .toFormatter();

  private static final DateTimeFormatter WRITE_OFFSET_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(WRITE_DATE_TIME)
          .appendOffset("+HH:MM", "+00:00")
          .toFormatter();

  /** Values stored as text, converted on the way in and out. */
  static <T> Binding<T> text(Function<T, String> write, Function<String, T> read) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, Types.VARCHAR);
        } else {
          statement.setString(index, ValueLimits.text(write.apply(value)));
        }
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        String text = resultSet.getString(index);
        return text == null ? null : parse(text, read);
      }
    };
  }

  /**
   * Reads stored text, turning a value Rex cannot read (an out-of-range date written by another
   * tool, text in a number column) into an {@link InvalidValueException} that the executor names
   * the column in.
   */
  static <T> T parse(String text, Function<String, T> read) {
    try {
      return read.apply(text);
    } catch (InvalidValueException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidValueException(
          "'"
              + (text.length() > 100 ? text.substring(0, 100) + "…" : text)
              + "' cannot be read as this column's type ("
              + e.getMessage()
              + ").",
          e);
    }
  }

  /** Date-time values stored as text, or read from epoch milliseconds. */
  static <T> Binding<T> temporal(
      Function<T, String> write, Function<String, T> read, Function<Instant, T> fromInstant) {
    Binding<T> text = text(write, read);
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        text.set(statement, index, value);
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        Object raw = resultSet.getObject(index);
        if (raw instanceof Number millis) {
          return parse(
              raw.toString(), text -> fromInstant.apply(Instant.ofEpochMilli(millis.longValue())));
        }
        return raw == null ? null : parse(raw.toString(), read);
      }
    };
  }

  /**
   * SQLite integers are 64-bit whatever the column's declared type, so an {@code INTEGER} column
   * mapped to {@code Integer} is read as a long and refused, not truncated, when it does not fit.
   */
  static final Binding<Integer> INTEGER =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Integer value)
            throws SQLException {
          StandardBindings.INTEGER.set(statement, index, value);
        }

        @Override
        public @Nullable Integer get(ResultSet resultSet, int index) throws SQLException {
          long value = resultSet.getLong(index);
          if (value == 0 && resultSet.wasNull()) {
            return null;
          }
          if (value != (int) value) {
            throw new SQLException(
                "The value "
                    + value
                    + " of column "
                    + resultSet.getMetaData().getColumnLabel(index)
                    + " does not fit a Java Integer; map the column as BIGINT to read it as Long.",
                "22003");
          }
          return (int) value;
        }
      };

  static final Binding<BigDecimal> DECIMAL =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable BigDecimal value)
            throws SQLException {
          // Bound as a number, never as text: SQLite orders every number before every text, so
          // sum(total) > '100' would be false. A decimal column stores REAL anyway.
          if (value == null) {
            statement.setNull(index, Types.NUMERIC);
          } else if (ValueLimits.sqliteDecimalIsInteger(value)) {
            statement.setLong(index, value.longValueExact());
          } else {
            statement.setDouble(index, value.doubleValue());
          }
        }

        @Override
        public @Nullable BigDecimal get(ResultSet resultSet, int index) throws SQLException {
          String text = resultSet.getString(index);
          return text == null ? null : parse(text, BigDecimal::new);
        }
      };

  static final Binding<Boolean> BOOLEAN =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Boolean value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.INTEGER);
          } else {
            statement.setInt(index, value ? 1 : 0);
          }
        }

        @Override
        public @Nullable Boolean get(ResultSet resultSet, int index) throws SQLException {
          Object raw = resultSet.getObject(index);
          if (raw == null) {
            return null;
          }
          if (raw instanceof Number number) {
            return number.intValue() != 0;
          }
          String text = raw.toString();
          return text.equalsIgnoreCase("true") || text.equals("1");
        }
      };

  /** A double: NaN and -0.0 are refused, since SQLite would store NULL and 0.0. */
  static final Binding<Double> DOUBLE =
      StandardBindings.checked(StandardBindings.DOUBLE, ValueLimits::sqliteDouble);

  /** A float: NaN and -0.0 are refused, as for doubles. */
  static final Binding<Float> FLOAT =
      StandardBindings.checked(StandardBindings.FLOAT, ValueLimits::sqliteFloat);

  static final Binding<LocalDate> DATE =
      temporal(
          value -> ValueLimits.sqliteDate(value).toString(),
          text -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text),
          instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC));

  static final Binding<LocalTime> LOCAL_TIME =
      text(TIME::format, text -> LocalTime.parse(text, TIME));

  static final Binding<LocalDateTime> TIMESTAMP =
      temporal(
          value -> WRITE_DATE_TIME.format(ValueLimits.sqliteTimestamp(value)),
          text -> LocalDateTime.parse(text, DATE_TIME),
          instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC));

  static final Binding<OffsetDateTime> TIMESTAMPTZ =
      temporal(
          value -> WRITE_OFFSET_DATE_TIME.format(ValueLimits.sqliteTimestampWithTimeZone(value)),
          SqliteBindings::parseOffsetDateTime,
          instant -> instant.atOffset(ZoneOffset.UTC));

  private static OffsetDateTime parseOffsetDateTime(String text) {
    var parsed = OFFSET_DATE_TIME.parse(text);
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset =
        parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
    return OffsetDateTime.of(local, offset);
  }

  static final Binding<UUID> UUID_BINDING = text(UUID::toString, UUID::fromString);
  static final Binding<Json> JSON = text(Json::data, Json::new);
  static final Binding<Jsonb> JSONB = text(Jsonb::data, Jsonb::new);

  /** An enum stored as its literal (SQLite has no enum type; a CHECK usually guards it). */
  static <T> Binding<T> enumBinding(DataType<T> type) {
    return text(
        value -> ((EnumType) value).getLiteral(),
        literal -> {
          T value = type.enumValue(literal);
          if (value == null) {
            throw new InvalidValueException(
                "'" + literal + "' is not a value of " + type.getTypeName() + ".");
          }
          return value;
        });
  }
}
