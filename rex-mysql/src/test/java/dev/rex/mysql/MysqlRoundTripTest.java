package dev.rex.mysql;

import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Result;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.RexException;
import dev.rex.fixtures.ValueTable;
import dev.rex.mysql.codegen.MariaDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every type Rex maps, written to a MariaDB column of the type rex:generate maps to it and read
 * back equal, directly and inside a nested result; null too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MysqlRoundTripTest {

  private String url;
  private Rex db;

  @BeforeAll
  void connect() {
    url = MariaDb.newDatabase();
    db = Rex.connect(url);
  }

  @AfterAll
  void drop() {
    if (db != null) {
      db.close();
      MariaDb.dropDatabase(url);
    }
  }

  @Test
  void numbersAndBooleans() {
    roundTrip("smallint", SQLDataType.SMALLINT, (short) -32768, (short) 32767);
    roundTrip("int", SQLDataType.INTEGER, Integer.MIN_VALUE, Integer.MAX_VALUE);
    roundTrip("bigint", SQLDataType.BIGINT, Long.MIN_VALUE, Long.MAX_VALUE);
    roundTrip("decimal(20, 4)", SQLDataType.NUMERIC, new BigDecimal("-1234567890123456.1234"));
    roundTrip("float", SQLDataType.REAL, 1.5f, -0.25f);
    roundTrip("double", SQLDataType.DOUBLE, Math.PI, -1e300);
    roundTrip("boolean", SQLDataType.BOOLEAN, true, false);
  }

  @Test
  void textAndBytes() {
    roundTrip("varchar(100)", SQLDataType.VARCHAR, "Björk 🎵", "it's \\ \"quoted\"");
    roundTrip("char(3)", SQLDataType.CHAR, "abc");
    roundTrip("longtext", SQLDataType.TEXT, "x".repeat(70_000));
    byte[] bytes = {0, 1, -1, 127, -128};
    ValueTable<byte[]> table = table("blob", SQLDataType.BLOB);
    db.insertInto(table).set(table.ID, 1).set(table.V, bytes).execute();
    assertThat(db.select(table.V).from(table).fetchSingle().value1()).isEqualTo(bytes);
  }

  @Test
  void datesAndTimes() {
    roundTrip("date", SQLDataType.DATE, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    roundTrip("time(6)", SQLDataType.TIME, LocalTime.of(23, 59, 59, 123_456_000));
    roundTrip(
        "datetime(6)",
        SQLDataType.TIMESTAMP,
        LocalDateTime.of(2024, 2, 29, 13, 14, 15, 999_999_000));
    ValueTable<OffsetDateTime> table = table("datetime(6)", SQLDataType.TIMESTAMPWITHTIMEZONE);
    OffsetDateTime berlin = OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
    db.insertInto(table).set(table.ID, 1).set(table.V, berlin).execute();

    OffsetDateTime read = db.select(table.V).from(table).fetchSingle().value1();
    assertThat(read).isEqualTo(berlin.withOffsetSameInstant(ZoneOffset.UTC));
    assertThat(read.isEqual(berlin)).isTrue();
  }

  @Test
  void uuidsAndJson() {
    roundTrip("char(36)", SQLDataType.UUID, UUID.randomUUID());
    roundTrip("longtext", SQLDataType.JSON, Json.of("{\"a\": [1, 2]}"));
    roundTrip("json", SQLDataType.JSONB, Jsonb.of("{\"b\":null}"));
  }

  @Test
  void arraysAreRefusedWithTheirType() {
    DataType<Integer[]> array = DataType.arrayOf(SQLDataType.INTEGER, Integer[].class);

    assertThatThrownBy(() -> MysqlDialect.INSTANCE.binding(array))
        .isInstanceOf(RexException.class)
        .hasMessageContaining("MySQL has no array type");
  }

  @SafeVarargs
  private <T> void roundTrip(String sqlType, DataType<T> type, T... values) {
    ValueTable<T> table = table(sqlType, type);
    List<T> written = Arrays.asList(values);
    for (int i = 0; i < written.size(); i++) {
      db.insertInto(table).set(table.ID, i).set(table.V, written.get(i)).execute();
    }
    db.insertInto(table).set(table.ID, written.size()).set(table.V, (T) null).execute();

    List<T> read = db.select(table.V).from(table).orderBy(table.ID).fetch(Record1::value1);
    Result<Record1<Result<Record1<T>>>> nested =
        db.select(multiset(select(table.V).from(table).orderBy(table.ID))).fetch();

    assertThat(read).as(sqlType).containsExactlyElementsOf(withNull(written));
    assertThat(nested.get(0).value1().map(Record1::value1))
        .as(sqlType + " nested")
        .containsExactlyElementsOf(withNull(written));
  }

  private static <T> List<T> withNull(List<T> values) {
    List<T> all = new java.util.ArrayList<>(values);
    all.add(null);
    return all;
  }

  private int tables;

  private <T> ValueTable<T> table(String sqlType, DataType<T> type) {
    String name = "v" + ++tables;
    MariaDb.execute(url, "create table " + name + " (id int primary key, v " + sqlType + ")");
    return new ValueTable<>(name, type);
  }
}
