package dev.rex.dsl.dialect;

import dev.rex.dsl.spi.Binding;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's date and time bindings ({@link SqliteBindings} explains the storage), in a class of
 * their own so that their formatters are built when a statement first binds or reads a date or a
 * time, not when the dialect is loaded.
 */
final class SqliteTimeBindings {

  private SqliteTimeBindings() {}

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

  /** Date-time values stored as text, or read from epoch milliseconds. */
  static <T> Binding<T> temporal(
      Function<T, String> write, Function<String, T> read, Function<Instant, T> fromInstant) {
    Binding<T> text = SqliteBindings.text(write, read);
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
          return SqliteBindings.parse(
              raw.toString(), text -> fromInstant.apply(Instant.ofEpochMilli(millis.longValue())));
        }
        return raw == null ? null : SqliteBindings.parse(raw.toString(), read);
      }
    };
  }

  static final Binding<LocalDate> DATE =
      temporal(
          value -> ValueLimits.sqliteDate(value).toString(),
          text -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text),
          instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC));

  static final Binding<LocalTime> LOCAL_TIME =
      SqliteBindings.text(TIME::format, text -> LocalTime.parse(text, TIME));

  static final Binding<LocalDateTime> TIMESTAMP =
      temporal(
          value -> WRITE_DATE_TIME.format(ValueLimits.sqliteTimestamp(value)),
          text -> LocalDateTime.parse(text, DATE_TIME),
          instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC));

  static final Binding<OffsetDateTime> TIMESTAMPTZ =
      temporal(
          value -> WRITE_OFFSET_DATE_TIME.format(ValueLimits.sqliteTimestampWithTimeZone(value)),
          SqliteTimeBindings::parseOffsetDateTime,
          instant -> instant.atOffset(ZoneOffset.UTC));

  private static OffsetDateTime parseOffsetDateTime(String text) {
    var parsed = OFFSET_DATE_TIME.parse(text);
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset =
        parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
    return OffsetDateTime.of(local, offset);
  }
}
