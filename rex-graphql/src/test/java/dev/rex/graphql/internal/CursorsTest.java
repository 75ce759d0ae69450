package dev.rex.graphql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DataType;
import dev.rex.dsl.SQLDataType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorsTest {

  private static final List<DataType<?>> TYPES =
      List.of(
          SQLDataType.SMALLINT,
          SQLDataType.INTEGER,
          SQLDataType.BIGINT,
          SQLDataType.NUMERIC,
          SQLDataType.REAL,
          SQLDataType.DOUBLE,
          SQLDataType.BOOLEAN,
          SQLDataType.VARCHAR,
          SQLDataType.DATE,
          SQLDataType.TIME,
          SQLDataType.TIMESTAMP,
          SQLDataType.TIMESTAMPWITHTIMEZONE,
          SQLDataType.UUID,
          SQLDataType.INTEGER);

  @Test
  void aCursorGivesBackEveryValueInItsColumnsJavaType() {
    List<Object> values =
        Arrays.asList(
            (short) 7,
            42,
            1L << 40,
            new BigDecimal("0.990"),
            1.5f,
            -2.25,
            true,
            "naïve — ünïcode",
            LocalDate.of(2021, 1, 1),
            LocalTime.of(13, 45, 1),
            LocalDateTime.of(2009, 1, 1, 0, 0),
            OffsetDateTime.parse("2009-01-01T00:00:00+02:00"),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            null);

    String cursor = Cursors.encode(99, values);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.decode("after", cursor, 99, TYPES)).isEqualTo(values);
  }

  @Test
  void bytesRoundTripThroughBase64() {
    byte[] bytes = {0, 1, -1, 42};

    String cursor = Cursors.encode(1, List.of(bytes));

    assertThat((byte[]) Cursors.decode("after", cursor, 1, List.of(SQLDataType.BLOB)).get(0))
        .isEqualTo(bytes);
  }

  @Test
  void refusesACursorOfAnotherSortOrWithTheWrongValues() {
    String cursor = Cursors.encode(5, List.of(1));

    assertThatThrownBy(() -> Cursors.decode("after", cursor, 6, List.of(SQLDataType.INTEGER)))
        .isInstanceOf(RequestException.class)
        .hasMessage(
            "invalid after cursor: it was made for another sort order; use a cursor of this one");
    assertThatThrownBy(
            () ->
                Cursors.decode(
                    "before", cursor, 5, List.of(SQLDataType.INTEGER, SQLDataType.INTEGER)))
        .hasMessageContaining("another sort order");
    String text = Cursors.encode(5, List.of("x"));
    assertThatThrownBy(() -> Cursors.decode("after", text, 5, List.of(SQLDataType.DATE)))
        .hasMessage("invalid after cursor: it is not a cursor");
    assertThatThrownBy(() -> Cursors.decode("after", "AgAAAAU", 5, List.of(SQLDataType.INTEGER)))
        .hasMessage("invalid after cursor: it is not a cursor");
    assertThatThrownBy(
            () -> Cursors.decode("after", cursor + "AA", 5, List.of(SQLDataType.INTEGER)))
        .isInstanceOf(RequestException.class);
  }
}
