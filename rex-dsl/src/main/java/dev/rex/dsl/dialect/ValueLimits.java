package dev.rex.dsl.dialect;

import dev.rex.dsl.exception.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The values each dialect stores and gives back exactly, found by experiment on the drivers Rex
 * ships with (sqlite-jdbc 3.50, pgjdbc 42.7, PostgreSQL 15). A binding checks its value here before
 * it is bound, so a value that would be changed, lost or unreadable is refused with an {@link
 * InvalidValueException} before anything is written.
 *
 * <ul>
 *   <li>Text (both): no unpaired UTF-16 surrogate (the drivers send UTF-8 and would replace it with
 *       {@code ?}); on PostgreSQL no NUL character, which its text types cannot hold.
 *   <li>SQLite doubles and floats: not {@code NaN} (stored as NULL) and not {@code -0.0} (stored as
 *       {@code 0.0}). Infinities and subnormals round-trip.
 *   <li>SQLite decimals: a whole number within {@code long} is stored as an integer; anything else
 *       is stored as a double, whose text SQLite gives back with 15 significant digits, so it must
 *       have at most 15 significant digits and lie within {@code [1e-307, Double.MAX_VALUE]}. The
 *       value comes back equal by {@code compareTo}; its scale is not kept.
 *   <li>SQLite dates and timestamps: years 0000 to 9999 (offset timestamps after normalising to
 *       UTC), the range SQLite's date functions and text ordering handle.
 *   <li>PostgreSQL dates: {@code -4712-01-01} (4713 BC) to {@code 5874897-12-31}, and {@link
 *       LocalDate#MIN}/{@link LocalDate#MAX} as {@code -infinity}/{@code infinity}; earlier dates
 *       would silently become {@code -infinity}. Timestamps: {@code -4712-01-01T00:00} to {@code
 *       294276-12-31T23:59:59.999999} (offset timestamps in UTC) and the MIN/MAX infinities. Times
 *       and timestamps keep microseconds: a value with a finer fraction is refused ({@link
 *       LocalTime#MAX}, stored as {@code 24:00:00}, round-trips). Offset timestamps are sent in UTC
 *       (PostgreSQL refuses offsets beyond 15:59 and keeps only the instant). Numerics: at most
 *       131072 digits before the decimal point and 16383 after.
 * </ul>
 */
final class ValueLimits {

  private ValueLimits() {}

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal SQLITE_DOUBLE_MIN = new BigDecimal("1e-307");
  private static final BigDecimal SQLITE_DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);
  private static final int SQLITE_DECIMAL_DIGITS = 15;

  private static final LocalDate PG_DATE_MIN = LocalDate.of(-4712, 1, 1);
  private static final LocalDate PG_DATE_MAX = LocalDate.of(5874897, 12, 31);
  private static final LocalDateTime PG_TIMESTAMP_MIN = LocalDateTime.of(-4712, 1, 1, 0, 0);
  private static final LocalDateTime PG_TIMESTAMP_MAX =
      LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000);
  private static final int PG_NUMERIC_INTEGER_DIGITS = 131072;
  private static final int PG_NUMERIC_SCALE = 16383;

  /** Text both drivers send as UTF-8: every surrogate must be part of a pair. */
  static String text(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
        continue;
      }
      throw new InvalidValueException(
          "the text has an unpaired UTF-16 surrogate (\\u"
              + Integer.toHexString(c)
              + ") at index "
              + i
              + ", which cannot be encoded as UTF-8; the database would store '?' instead. Remove"
              + " it or pair it.");
    }
    return value;
  }

  /** PostgreSQL text: UTF-8 without NUL characters. */
  static String postgresText(String value) {
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      throw new InvalidValueException(
          "the text has a NUL character (U+0000) at index "
              + nul
              + ", which PostgreSQL text cannot hold. Remove it, or store the data as bytea.");
    }
    return text(value);
  }

  static double sqliteDouble(double value) {
    if (Double.isNaN(value)) {
      throw new InvalidValueException(
          "SQLite stores NaN as NULL, so it cannot be stored. Store NULL, or keep the flag in a"
              + " column of its own.");
    }
    if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
      throw new InvalidValueException(
          "SQLite stores -0.0 as 0.0, so its sign would be lost. Store 0.0.");
    }
    return value;
  }

  static float sqliteFloat(float value) {
    sqliteDouble(value);
    return value;
  }

  /**
   * Whether a decimal is stored as a 64-bit integer ({@code true}) or a double ({@code false});
   * refuses one that neither keeps exactly.
   */
  static boolean sqliteDecimalIsInteger(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0
        && stripped.compareTo(LONG_MIN) >= 0
        && stripped.compareTo(LONG_MAX) <= 0) {
      return true;
    }
    BigDecimal magnitude = stripped.abs();
    if (stripped.precision() > SQLITE_DECIMAL_DIGITS
        || magnitude.compareTo(SQLITE_DOUBLE_MIN) < 0
        || magnitude.compareTo(SQLITE_DOUBLE_MAX) > 0) {
      throw new InvalidValueException(
          "SQLite keeps a decimal exactly only as a whole number within a 64-bit integer or as a"
              + " number of at most 15 significant digits between 1e-307 and 1.8e308, and "
              + value
              + " is neither. Round it, or store it as text in a text column.");
    }
    return false;
  }

  /** SQLite dates: years 0000 to 9999. */
  static LocalDate sqliteDate(LocalDate value) {
    sqliteYear(value.getYear(), value);
    return value;
  }

  static LocalDateTime sqliteTimestamp(LocalDateTime value) {
    sqliteYear(value.getYear(), value);
    return value;
  }

  static OffsetDateTime sqliteTimestampWithTimeZone(OffsetDateTime value) {
    sqliteYear(value.getYear(), value); // first, so that converting to UTC cannot overflow
    OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
    sqliteYear(utc.getYear(), value);
    return utc;
  }

  private static void sqliteYear(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new InvalidValueException(
          "SQLite stores dates and times as text that its date functions and ordering understand"
              + " only for the years 0000 to 9999 (in UTC for offset timestamps), and "
              + value
              + " is outside them.");
    }
  }

  static LocalDate postgresDate(LocalDate value) {
    if (value.equals(LocalDate.MIN) || value.equals(LocalDate.MAX)) {
      return value; // -infinity and infinity
    }
    if (value.isBefore(PG_DATE_MIN) || value.isAfter(PG_DATE_MAX)) {
      throw new InvalidValueException(
          "PostgreSQL stores dates from 4713 BC (-4712-01-01) to 5874897-12-31, and "
              + value
              + " is outside them. LocalDate.MIN and LocalDate.MAX are stored as -infinity and"
              + " infinity.");
    }
    return value;
  }

  @SuppressWarnings("JavaLocalDateTimeGetNano") // only the fraction's digits are checked
  static LocalDateTime postgresTimestamp(LocalDateTime value) {
    if (value.equals(LocalDateTime.MIN) || value.equals(LocalDateTime.MAX)) {
      return value;
    }
    postgresTimestampRange(value, value);
    micros(value.getNano(), value);
    return value;
  }

  static OffsetDateTime postgresTimestampWithTimeZone(OffsetDateTime value) {
    if (value.equals(OffsetDateTime.MIN) || value.equals(OffsetDateTime.MAX)) {
      return value;
    }
    if (value.getYear() < PG_TIMESTAMP_MIN.getYear() - 1
        || value.getYear() > PG_TIMESTAMP_MAX.getYear() + 1) {
      postgresTimestampRange(value.toLocalDateTime(), value); // refuses before UTC can overflow
    }
    OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
    postgresTimestampRange(utc.toLocalDateTime(), value);
    micros(value.getNano(), value);
    // Sent in UTC: PostgreSQL refuses offsets beyond 15:59, and gives the instant back in UTC.
    return utc;
  }

  private static void postgresTimestampRange(LocalDateTime utc, Object value) {
    if (utc.isBefore(PG_TIMESTAMP_MIN) || utc.isAfter(PG_TIMESTAMP_MAX)) {
      throw new InvalidValueException(
          "PostgreSQL stores timestamps from 4713 BC (-4712-01-01T00:00) to"
              + " 294276-12-31T23:59:59.999999 (in UTC for offset timestamps), and "
              + value
              + " is outside them. The MIN and MAX constants are stored as -infinity and infinity.");
    }
  }

  @SuppressWarnings("JavaLocalTimeGetNano") // only the fraction's digits are checked
  static LocalTime postgresTime(LocalTime value) {
    if (!value.equals(LocalTime.MAX)) {
      micros(value.getNano(), value);
    }
    return value;
  }

  private static void micros(int nanos, Object value) {
    if (nanos % 1000 != 0) {
      throw new InvalidValueException(
          "PostgreSQL keeps times to the microsecond, and "
              + value
              + " has a finer fraction that would be rounded. Truncate it with"
              + " truncatedTo(ChronoUnit.MICROS).");
    }
  }

  static BigDecimal postgresNumeric(BigDecimal value) {
    if (value.scale() > PG_NUMERIC_SCALE
        || value.precision() - value.scale() > PG_NUMERIC_INTEGER_DIGITS) {
      throw new InvalidValueException(
          "PostgreSQL numerics hold at most 131072 digits before the decimal point and 16383"
              + " after, and this value has "
              + Math.max(0, value.precision() - value.scale())
              + " before and "
              + Math.max(0, value.scale())
              + " after.");
    }
    return value;
  }
}
