package dev.rex.dsl;

import static dev.rex.dsl.DSL.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.fixtures.RecordingExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code Result.formatCSV(…)} and {@code Result.formatJSON()}. */
class ResultExportTest {

  private final RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE);
  private final DSLContext db = executor.context();

  private final Field<String> text = val("t").as("text");
  private final Field<Integer> number = val(1).as("n");
  private final Field<BigDecimal> decimal = val(BigDecimal.ONE).as("d");
  private final Field<Double> real = val(1.5d).as("r");
  private final Field<Boolean> flag = val(true).as("b");
  private final Field<LocalDate> day = val(LocalDate.of(2024, 2, 29)).as("day");
  private final Field<byte[]> bytes = val(new byte[] {1, 2}).as("bytes");

  private Result<?> rows(Object[]... rows) {
    executor.willReturn(rows);
    return db.select(text, number, decimal, real, flag, day, bytes).fetch();
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndWritesNullsAsAsked() {
    Result<?> result =
        rows(
            new Object[] {
              "a,b",
              1,
              new BigDecimal("1E+3"),
              1.5d,
              true,
              LocalDate.of(2024, 2, 29),
              new byte[] {1, 2}
            },
            new Object[] {"say \"hi\"\r\n", null, null, null, null, null, null},
            new Object[] {"", 2, BigDecimal.TEN, 0.25d, false, null, null});

    assertThat(result.formatCSV())
        .isEqualTo(
            "text,n,d,r,b,day,bytes\n"
                + "\"a,b\",1,1000,1.5,true,2024-02-29,AQI=\n"
                + "\"say \"\"hi\"\"\r\n\",,,,,,\n"
                + "\"\",2,10,0.25,false,,\n");
    assertThat(result.formatCSV(false).lines().findFirst())
        .contains("\"a,b\",1,1000,1.5,true,2024-02-29,AQI=");
    assertThat(result.formatCSV(';')).startsWith("text;n;d;r;b;day;bytes\na,b;1;");
    assertThat(result.formatCSV(';', "NULL")).contains("\";NULL;NULL;NULL;NULL;NULL;NULL\n\"\";2;");
    assertThatThrownBy(() -> result.formatCSV('"'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be a quote or a line break");
  }

  @Test
  void jsonHasFieldsAndRecordsOfJsonValues() {
    Result<?> result =
        rows(
            new Object[] {
              "q\"\\\n\t\u0001",
              1,
              new BigDecimal("2.50"),
              Double.NaN,
              true,
              LocalDate.of(2024, 2, 29),
              new byte[] {1, 2}
            },
            new Object[] {null, null, null, 0.5d, null, null, null});

    assertThat(result.formatJSON())
        .startsWith("{\"fields\":[{\"name\":\"text\",\"type\":\"varchar\"},{\"name\":\"n\",")
        .endsWith(
            "\"records\":[[\"q\\\"\\\\\\n\\t\\u0001\",1,2.50,\"NaN\",true,\"2024-02-29\",\"AQI=\"],"
                + "[null,null,null,0.5,null,null,null]]}");
  }

  @Test
  void anEmptyResultHasNoFieldsToWrite() {
    Result<?> empty = rows();
    assertThat(empty.formatCSV()).isEmpty();
    assertThat(empty.formatJSON()).isEqualTo("{\"fields\":[],\"records\":[]}");
  }
}
