package dev.rex.realtime.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DSL;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.SQLDataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filter values from text, typed as their column. */
class ColumnValuesTest {

  private static <T> Field<T> column(DataType<T> type) {
    return DSL.field(DSL.name("c"), type);
  }

  @Test
  void parsesEachSupportedTypeFromItsTextForm() throws BadRequest {
    assertThat(ColumnValues.parse(column(SQLDataType.INTEGER), "42")).isEqualTo(42);
    assertThat(ColumnValues.parse(column(SQLDataType.BIGINT), "9007199254740993"))
        .isEqualTo(9007199254740993L);
    assertThat(ColumnValues.parse(column(SQLDataType.SMALLINT), "7")).isEqualTo((short) 7);
    assertThat(ColumnValues.parse(column(SQLDataType.NUMERIC), "0.10"))
        .isEqualTo(new BigDecimal("0.10"));
    assertThat(ColumnValues.parse(column(SQLDataType.DOUBLE), "1.5")).isEqualTo(1.5);
    assertThat(ColumnValues.parse(column(SQLDataType.REAL), "1.5")).isEqualTo(1.5f);
    assertThat(ColumnValues.parse(column(SQLDataType.TEXT), " as is ")).isEqualTo(" as is ");
    assertThat(ColumnValues.parse(column(SQLDataType.BOOLEAN), "true")).isEqualTo(true);
    assertThat(ColumnValues.parse(column(SQLDataType.DATE), "2026-01-31"))
        .isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(ColumnValues.parse(column(SQLDataType.TIMESTAMP), "2026-01-31T12:00:00"))
        .isEqualTo(LocalDateTime.of(2026, 1, 31, 12, 0));
    assertThat(ColumnValues.parse(column(SQLDataType.TIME), "12:30"))
        .isEqualTo(LocalTime.of(12, 30));
    assertThat(
            ColumnValues.parse(column(SQLDataType.TIMESTAMPWITHTIMEZONE), "2026-01-31T12:00:00Z"))
        .isEqualTo(OffsetDateTime.parse("2026-01-31T12:00:00Z"));
    UUID uuid = UUID.randomUUID();
    assertThat(ColumnValues.parse(column(SQLDataType.UUID), uuid.toString())).isEqualTo(uuid);
    assertThat(
            ColumnValues.parse(
                column(DataType.of(Instant.class, SQLDataType.TIMESTAMP.getSqlType(), "ts")),
                "2026-01-31T12:00:00Z"))
        .isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
  }

  @Test
  void saysWhatWasExpectedWhenTheTextIsNotAValue() {
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.BOOLEAN), "yes"))
        .hasMessageContaining("expected true or false");
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.DATE), "31.1.2026"))
        .hasMessageContaining("a date like 2026-01-31");
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.TIMESTAMP), "noon"))
        .hasMessageContaining("a date and time like");
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.TIMESTAMPWITHTIMEZONE), "noon"))
        .hasMessageContaining("with offset");
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.TIME), "noon"))
        .hasMessageContaining("a time like");
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.UUID), "x"))
        .hasMessageContaining("a UUID");
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.INTEGER), "1.5"))
        .hasMessageContaining("'1.5' is not a value of the column 'c': expected a Integer number");
    assertThatThrownBy(() -> ColumnValues.parse(column(SQLDataType.BLOB), "AA=="))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("cannot be filtered on");
  }
}
