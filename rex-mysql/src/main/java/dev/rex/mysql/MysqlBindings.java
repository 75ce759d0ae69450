package dev.rex.mysql;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.dialect.StandardBindings;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the types MySQL lacks are stored: a UUID as its 36-character text ({@code char(36)}), a
 * timestamp with time zone as the UTC {@code datetime(6)} it stands for (read back at offset zero),
 * JSON as text, an enum (MySQL's inline {@code enum(…)} or text) by its literal. Dates and times go
 * through the driver's {@code java.time} support.
 */
final class MysqlBindings {

  private MysqlBindings() {}

  /** {@code setObject} / {@code getObject(index, type)}. */
  static <T> Binding<T> object(Class<T> type, int sqlType) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, sqlType);
        } else {
          statement.setObject(index, value);
        }
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        return resultSet.getObject(index, type);
      }
    };
  }

  /** A value stored as text, written and read with the two functions. */
  static <T> Binding<T> text(Function<T, String> write, Function<String, T> read) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, Types.VARCHAR);
        } else {
          statement.setString(index, write.apply(value));
        }
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        String text = resultSet.getString(index);
        return text == null ? null : read.apply(text);
      }
    };
  }

  static final Binding<Float> FLOAT =
      StandardBindings.FLOAT.checkedBy(MysqlValueLimits::floatValue);
  static final Binding<Double> DOUBLE =
      StandardBindings.DOUBLE.checkedBy(MysqlValueLimits::doubleValue);
  static final Binding<BigDecimal> DECIMAL =
      StandardBindings.DECIMAL.checkedBy(MysqlValueLimits::decimal);
  static final Binding<LocalDate> DATE =
      object(LocalDate.class, Types.DATE).checkedBy(MysqlValueLimits::date);
  static final Binding<LocalTime> TIME =
      object(LocalTime.class, Types.TIME).checkedBy(MysqlValueLimits::time);

  /**
   * A local date-time written as its text and read through a UTC calendar: the driver's own
   * conversions go through {@code java.sql.Timestamp} in the JVM's zone, which moves a time in a
   * daylight-saving gap (02:30 on the spring-forward day) by an hour.
   */
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

  /**
   * A proleptic Gregorian calendar in UTC, the only zone without daylight-saving gaps: the driver
   * reads a {@code datetime} (even as a string) into a {@code java.sql.Timestamp} in the JVM's zone
   * unless it is given a calendar. Calendars are mutable, so one per read.
   */
  @SuppressWarnings("JavaUtilDate") // setGregorianChange takes only a Date
  private static Calendar utcCalendar() {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.setGregorianChange(new Date(Long.MIN_VALUE));
    return calendar;
  }

  static final Binding<LocalDateTime> TIMESTAMP =
      new Binding<LocalDateTime>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable LocalDateTime value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
          } else {
            statement.setString(index, DATETIME.format(value));
          }
        }

        @Override
        public @Nullable LocalDateTime get(ResultSet resultSet, int index) throws SQLException {
          Timestamp stamp = resultSet.getTimestamp(index, utcCalendar());
          return stamp == null ? null : LocalDateTime.ofInstant(stamp.toInstant(), ZoneOffset.UTC);
        }
      }.checkedBy(MysqlValueLimits::timestamp);
  static final Binding<UUID> UUID_BINDING = text(UUID::toString, UUID::fromString);
  static final Binding<Json> JSON = text(Json::data, Json::new);
  static final Binding<Jsonb> JSONB = text(Jsonb::data, Jsonb::new);

  /** The instant in UTC, as a {@code datetime}; read back at offset zero. */
  static final Binding<OffsetDateTime> TIMESTAMPTZ =
      new Binding<OffsetDateTime>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable OffsetDateTime value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
          } else {
            TIMESTAMP.set(
                statement, index, value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
          }
        }

        @Override
        public @Nullable OffsetDateTime get(ResultSet resultSet, int index) throws SQLException {
          LocalDateTime utc = TIMESTAMP.get(resultSet, index);
          return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
        }
      }.checkedBy(MysqlValueLimits::timestampWithTimeZone);

  /** An enum as its literal. */
  static <T> Binding<T> enumBinding(DataType<T> type) {
    return text(
        value -> ((EnumType) value).getLiteral(),
        literal -> {
          T value = type.enumValue(literal);
          if (value == null) {
            throw new InvalidValueException(
                "The database returned '"
                    + literal
                    + "' for enum type "
                    + type.getTypeName()
                    + ", which the generated enum does not know. Regenerate the code.");
          }
          return value;
        });
  }
}
