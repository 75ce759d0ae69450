package dev.rex.mysql;

import dev.rex.dsl.exception.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The values MySQL and MariaDB cannot give back exactly, refused before they are sent: the server
 * would reject some with an error that names no parameter (a date of year 10000, a decimal too
 * large for its column) and silently change others (a timestamp's nanoseconds, a decimal's digits
 * beyond scale 30, a negative zero). Each check returns the value or throws an {@link
 * InvalidValueException}.
 */
final class MysqlValueLimits {

  /** {@code decimal(65, 30)}, the widest decimal: at most 35 digits before the point, 30 after. */
  private static final int MAX_SCALE = 30;

  private static final int MAX_INTEGER_DIGITS = 35;

  /** The largest {@code float} MariaDB accepts, a little below {@link Float#MAX_VALUE}. */
  private static final float MAX_FLOAT = Math.nextDown(Float.MAX_VALUE);

  private MysqlValueLimits() {}

  static Double doubleValue(Double value) {
    return finiteNonNegativeZero(value, value.doubleValue());
  }

  /** MariaDB's {@code float}: normal single-precision numbers, and zero. */
  static Float floatValue(Float value) {
    float magnitude = Math.abs(finiteNonNegativeZero(value, value.doubleValue()));
    if (magnitude != 0 && (magnitude < Float.MIN_NORMAL || magnitude > MAX_FLOAT)) {
      throw new InvalidValueException(
          value
              + " cannot be stored: a MariaDB float holds magnitudes from 1.175494351E-38 to"
              + " 3.402823466E+38");
    }
    return value;
  }

  private static <T> T finiteNonNegativeZero(T value, double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw new InvalidValueException(value + " cannot be stored: MariaDB has no NaN or infinity");
    }
    if (number == 0 && Double.doubleToRawLongBits(number) != 0) {
      throw new InvalidValueException("-0.0 cannot be stored: MariaDB keeps it as 0");
    }
    return value;
  }

  static BigDecimal decimal(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    int scale = Math.max(stripped.scale(), 0);
    int integerDigits = stripped.precision() - stripped.scale();
    if (scale > MAX_SCALE || integerDigits > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(
          value
              + " cannot be stored exactly: a MariaDB decimal keeps at most "
              + MAX_INTEGER_DIGITS
              + " digits before the point and "
              + MAX_SCALE
              + " after");
    }
    return value;
  }

  static LocalDate date(LocalDate value) {
    year(value.getYear(), value);
    return value;
  }

  @SuppressWarnings("JavaLocalTimeGetNano") // only the fraction of the second matters
  static LocalTime time(LocalTime value) {
    micros(value.getNano(), value);
    return value;
  }

  @SuppressWarnings("JavaLocalDateTimeGetNano") // only the fraction of the second matters
  static LocalDateTime timestamp(LocalDateTime value) {
    year(value.getYear(), value);
    micros(value.getNano(), value);
    return value;
  }

  static OffsetDateTime timestampWithTimeZone(OffsetDateTime value) {
    year(value.getYear(), value); // first, so that converting to UTC cannot overflow
    timestamp(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    return value;
  }

  private static void year(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new InvalidValueException(
          value + " cannot be stored: MariaDB dates are in years 0 to 9999");
    }
  }

  private static void micros(int nanos, Object value) {
    if (nanos % 1000 != 0) {
      throw new InvalidValueException(
          value + " cannot be stored exactly: MariaDB keeps times to the microsecond");
    }
  }
}
