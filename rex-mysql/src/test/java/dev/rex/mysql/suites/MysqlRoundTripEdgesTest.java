package dev.rex.mysql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.suites.RoundTripSuite;
import dev.rex.testing.FixtureDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The round-trip properties on MariaDB, in the column types rex:generate maps Rex's types to (the
 * widest of each: {@code decimal(65, 30)}, {@code longtext}, {@code datetime(6)}), with MariaDB's
 * own edges.
 */
@Unsupported({
  "aValueWrittenByAnotherToolThatCannotBeReadFailsNamingTheColumn: the values the suite writes as"
      + " another tool (a date of year 10000, a NaN decimal) are refused by MariaDB itself in"
      + " strict mode, so no other tool can store them"
})
class MysqlRoundTripEdgesTest extends RoundTripSuite {

  @Override
  protected String dialect() {
    return "mysql";
  }

  @Override
  protected FixtureDatabase fixtureDatabase() {
    return MariaDbFixture.INSTANCE;
  }

  @Override
  protected String columnType(String suiteType) {
    return switch (suiteType) {
      case "numeric" -> "decimal(65, 30)";
      // a float column is read back through the text protocol with 6 significant digits;
      // a double column holds every float exactly
      case "real" -> "double";
      case "text" -> "longtext";
      case "blob" -> "longblob";
      case "time" -> "time(6)";
      case "timestamp", "timestamptz" -> "datetime(6)";
      default -> suiteType;
    };
  }

  @Override
  protected void checkOwnEdges(String type, Outcome outcome) {
    switch (type) {
      case "double" ->
          assertThat(outcome.refused())
              .containsExactlyInAnyOrder(
                  -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
      case "real" ->
          assertThat(outcome.refused())
              .contains(
                  -0.0f,
                  Float.NaN,
                  Float.POSITIVE_INFINITY,
                  Float.NEGATIVE_INFINITY,
                  Float.MIN_VALUE,
                  Float.MAX_VALUE);
      case "decimal" -> {
        assertThat(outcome.kept())
            .contains(
                BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), new BigDecimal("1E+20"));
        assertThat(outcome.refused())
            .contains(
                new BigDecimal("1234567890123456789012345678901234567890"),
                new BigDecimal("0.1234567890123456789012345678901234567890"),
                new BigDecimal("1E-307"),
                new BigDecimal("1E+400"));
      }
      case "date" ->
          assertThat(outcome.refused())
              .contains(
                  LocalDate.MIN,
                  LocalDate.MAX,
                  LocalDate.of(-1, 12, 31),
                  LocalDate.of(10000, 1, 1));
      case "time" ->
          assertThat(outcome.refused()).contains(LocalTime.MAX, LocalTime.of(1, 2, 3, 1));
      case "timestamp" ->
          assertThat(outcome.refused())
              .contains(
                  LocalDateTime.MIN,
                  LocalDateTime.of(10000, 1, 1, 0, 0),
                  LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1));
      case "timestamptz" ->
          assertThat(outcome.refused())
              .contains(
                  OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)),
                  OffsetDateTime.of(0, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1)));
      default -> {}
    }
  }
}
