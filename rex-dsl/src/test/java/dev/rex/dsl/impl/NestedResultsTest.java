package dev.rex.dsl.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Json;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.SQLDataType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NestedResultsTest {

  private static RecordType<Record> rows(DataType<?>... types) {
    Field<?>[] fields = new Field<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      fields[i] = Queries.namedField("c" + i, types[i]);
    }
    return Queries.rowRecordType(List.of(fields));
  }

  @Test
  void decodesEveryScalarTypeAsEachDatabaseSpellsIt() {
    RecordType<Record> type =
        rows(
            SQLDataType.INTEGER,
            SQLDataType.BIGINT,
            SQLDataType.SMALLINT,
            SQLDataType.NUMERIC,
            SQLDataType.DOUBLE,
            SQLDataType.REAL,
            SQLDataType.BOOLEAN,
            SQLDataType.BOOLEAN,
            SQLDataType.VARCHAR,
            SQLDataType.DATE,
            SQLDataType.TIME,
            SQLDataType.TIMESTAMP,
            SQLDataType.TIMESTAMP,
            SQLDataType.TIMESTAMPWITHTIMEZONE,
            SQLDataType.UUID,
            SQLDataType.JSON,
            SQLDataType.BLOB);
    String json =
        "[[1, 9000000000, 7, 0.99, 1.5, 2.5, true, 1, \"a\\\"b\\u00e9\\n\", \"2021-01-02\","
            + " \"10:11:12\", \"2021-01-01T00:00:00\", \"2021-01-01 13:14:15\","
            + " \"2021-01-01T00:00:00+00\", \"123e4567-e89b-12d3-a456-426614174000\","
            + " {\"k\": [1, null, \"x\"]}, \"\\\\x0102\"]]";

    Record row = NestedResults.decode(json, type).get(0);

    assertThat(row.intoArray())
        .containsExactly(
            1,
            9_000_000_000L,
            (short) 7,
            new BigDecimal("0.99"),
            1.5d,
            2.5f,
            true,
            true,
            "a\"bé\n",
            LocalDate.of(2021, 1, 2),
            LocalTime.of(10, 11, 12),
            LocalDateTime.of(2021, 1, 1, 0, 0),
            LocalDateTime.of(2021, 1, 1, 13, 14, 15),
            OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            new Json("{\"k\":[1,null,\"x\"]}"),
            new byte[] {1, 2});
  }

  @Test
  void decodesNullsEmptyResultsAndNestedResults() {
    RecordType<Record> inner = rows(SQLDataType.VARCHAR);
    RecordType<Record> outer = rows(SQLDataType.INTEGER, DataType.multisetOf(inner));

    Result<Record> result =
        NestedResults.decode("[[1, [[\"x\"], [null]]], [null, []], [3, \"[[\\\"y\\\"]]\"]]", outer);

    assertThat(result).hasSize(3);
    assertThat(((Result<?>) result.get(0).get(1)))
        .extracting(r -> r.get(0))
        .containsExactly("x", null);
    assertThat(result.get(1).get(0)).isNull();
    assertThat((Result<?>) result.get(1).get(1)).isEmpty();
    assertThat(((Result<?>) result.get(2).get(1)).get(0).get(0)).isEqualTo("y");
  }

  @Test
  void refusesMalformedJsonWithThePosition() {
    RecordType<Record> type = rows(SQLDataType.INTEGER);

    assertThatThrownBy(() -> NestedResults.decode("[[1,]", type))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Malformed JSON at character");
    assertThatThrownBy(() -> NestedResults.decode("{\"a\": 1}", type))
        .hasMessageContaining("must be a JSON array");
    assertThatThrownBy(() -> NestedResults.decode("[[1, 2]]", type))
        .hasMessageContaining("array of 1 values");
  }
}
