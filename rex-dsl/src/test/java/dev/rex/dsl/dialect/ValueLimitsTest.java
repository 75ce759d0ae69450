package dev.rex.dsl.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The limits themselves; RoundTripSuite in rex-runtime proves them against the databases. */
class ValueLimitsTest {

  @Test
  void textMustBeEncodableAndPostgresTextHasNoNul() {
    assertThat(ValueLimits.text("a\uD834\uDD1Eb")).isEqualTo("a\uD834\uDD1Eb");
    assertThat(ValueLimits.text("a\u0000b")).isEqualTo("a\u0000b");
    assertThatThrownBy(() -> ValueLimits.text("a\uD834"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unpaired UTF-16 surrogate (\\ud834) at index 1");
    assertThatThrownBy(() -> ValueLimits.text("\uDD1Ex"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at index 0");
    assertThatThrownBy(() -> ValueLimits.postgresText("a\u0000b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "the text has a NUL character (U+0000) at index 1, which PostgreSQL text cannot hold."
                + " Remove it, or store the data as bytea.");
  }

  @Test
  void sqliteRefusesNanAndNegativeZero() {
    assertThat(ValueLimits.sqliteDouble(Double.NEGATIVE_INFINITY))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(ValueLimits.sqliteFloat(Float.MIN_VALUE)).isEqualTo(Float.MIN_VALUE);
    assertThatThrownBy(() -> ValueLimits.sqliteDouble(Double.NaN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("NaN as NULL");
    assertThatThrownBy(() -> ValueLimits.sqliteFloat(-0.0f))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("-0.0 as 0.0");
  }

  @Test
  void sqliteKeepsDecimalsAsLongsOrFifteenDigitDoubles() {
    assertThat(ValueLimits.sqliteDecimalIsInteger(new BigDecimal("0.000"))).isTrue();
    assertThat(ValueLimits.sqliteDecimalIsInteger(new BigDecimal("100.00"))).isTrue();
    assertThat(ValueLimits.sqliteDecimalIsInteger(BigDecimal.valueOf(Long.MIN_VALUE))).isTrue();
    assertThat(ValueLimits.sqliteDecimalIsInteger(new BigDecimal("1E+20"))).isFalse();
    assertThat(ValueLimits.sqliteDecimalIsInteger(new BigDecimal("-0.123456789012345"))).isFalse();
    for (String refused :
        new String[] {"9223372036854775808", "0.1234567890123456", "1E-308", "1.8E+308"}) {
      assertThatThrownBy(() -> ValueLimits.sqliteDecimalIsInteger(new BigDecimal(refused)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("at most 15 significant digits");
    }
  }

  @Test
  void sqliteDatesAreWithinYearsZeroTo9999InUtc() {
    assertThat(ValueLimits.sqliteDate(LocalDate.of(0, 1, 1))).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(ValueLimits.sqliteTimestamp(LocalDateTime.of(9999, 12, 31, 23, 59)))
        .isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59));
    assertThat(
            ValueLimits.sqliteTimestampWithTimeZone(
                OffsetDateTime.of(2020, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(1))))
        .isEqualTo(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThatThrownBy(() -> ValueLimits.sqliteDate(LocalDate.MAX))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("years 0000 to 9999");
    assertThatThrownBy(() -> ValueLimits.sqliteTimestampWithTimeZone(OffsetDateTime.MIN))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                ValueLimits.sqliteTimestampWithTimeZone(
                    OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-2))))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void postgresDatesTimestampsAndTimesAreWithinItsRangesAndMicroseconds() {
    assertThat(ValueLimits.postgresDate(LocalDate.MIN)).isEqualTo(LocalDate.MIN);
    assertThat(ValueLimits.postgresDate(LocalDate.of(-4712, 1, 1)))
        .isEqualTo(LocalDate.of(-4712, 1, 1));
    assertThatThrownBy(() -> ValueLimits.postgresDate(LocalDate.of(-4713, 12, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("4713 BC");
    assertThatThrownBy(() -> ValueLimits.postgresDate(LocalDate.of(5874898, 1, 1)))
        .isInstanceOf(InvalidValueException.class);

    assertThat(ValueLimits.postgresTimestamp(LocalDateTime.MAX)).isEqualTo(LocalDateTime.MAX);
    assertThatThrownBy(() -> ValueLimits.postgresTimestamp(LocalDateTime.of(294277, 1, 1, 0, 0)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> ValueLimits.postgresTimestamp(LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1_500)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("truncatedTo(ChronoUnit.MICROS)");

    assertThat(ValueLimits.postgresTimestampWithTimeZone(OffsetDateTime.MAX))
        .isEqualTo(OffsetDateTime.MAX);
    assertThat(
            ValueLimits.postgresTimestampWithTimeZone(
                OffsetDateTime.of(2020, 1, 1, 16, 0, 0, 0, ZoneOffset.ofHours(17))))
        .isEqualTo(OffsetDateTime.of(2019, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC));
    assertThatThrownBy(
            () ->
                ValueLimits.postgresTimestampWithTimeZone(
                    OffsetDateTime.of(999_999_999, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-18))))
        .isInstanceOf(InvalidValueException.class);

    assertThat(ValueLimits.postgresTime(LocalTime.MAX)).isEqualTo(LocalTime.MAX);
    assertThatThrownBy(() -> ValueLimits.postgresTime(LocalTime.of(1, 2, 3, 1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void postgresNumericsHaveAtMost131072IntegerAnd16383FractionDigits() {
    assertThat(ValueLimits.postgresNumeric(new BigDecimal("1E+131071")))
        .isEqualTo(new BigDecimal("1E+131071"));
    assertThat(ValueLimits.postgresNumeric(new BigDecimal("1E-16383")))
        .isEqualTo(new BigDecimal("1E-16383"));
    assertThatThrownBy(() -> ValueLimits.postgresNumeric(new BigDecimal("1E+131072")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("131073 before and 0 after");
    assertThatThrownBy(() -> ValueLimits.postgresNumeric(new BigDecimal("1E-16384")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aRefusalNamesItsParameterAndColumnAndAReadFailureItsColumn() {
    InvalidValueException refused = new InvalidValueException("it is too big.");

    InvalidValueException bound = refused.forParameter(3, "album.title");
    assertThat(bound)
        .hasMessage(
            "The value for column album.title (parameter 3) was refused and nothing was written:"
                + " it is too big.")
        .hasCause(refused);
    assertThat(bound.column()).isEqualTo("album.title");
    assertThat(bound.parameter()).isEqualTo(3);
    assertThat(bound.reason()).isEqualTo("it is too big.");
    assertThat(refused.forParameter(1, null))
        .hasMessageStartingWith("The value of parameter 1 was refused");
    InvalidValueException read = new InvalidValueException("'x' is not a date.", null);
    assertThat(read.forColumn("album.released"))
        .hasMessage("Column album.released holds a value Rex cannot read: 'x' is not a date.");
    assertThat(read.forColumn("album.released").parameter()).isZero();
  }
}
