package dev.rex.dsl.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.fixtures.Rating;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL bindings, checked by the JDBC calls they make (no server needed): pgjdbc maps
 * java.time and UUID itself; json, jsonb and enums go as text typed {@code OTHER}.
 */
class PostgresBindingTest {

  private static final PostgresDialect PG = PostgresDialect.INSTANCE;

  /** Every call made on the statement, as "method(arg, arg)". */
  private final List<String> calls = new ArrayList<>();

  private final PreparedStatement statement =
      (PreparedStatement)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {PreparedStatement.class},
              (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                  return connection();
                }
                calls.add(method.getName() + Arrays.deepToString(args));
                return null;
              });

  private Connection connection() {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              calls.add(method.getName() + Arrays.deepToString(args));
              return array(args[1]);
            });
  }

  private Array array(Object values) {
    return (Array)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Array.class},
            (p, m, a) -> m.getName().equals("getArray") ? values : "array");
  }

  /** A result set whose getters answer from {@code answers} by method name. */
  private static ResultSet row(Map<String, Object> answers) {
    return (ResultSet)
        Proxy.newProxyInstance(
            PostgresBindingTest.class.getClassLoader(),
            new Class<?>[] {ResultSet.class},
            (proxy, method, args) -> answers.get(method.getName()));
  }

  private <T> void set(DataType<T> type, T value) throws SQLException {
    PG.binding(type).set(statement, 1, value);
  }

  @Test
  void bindsJavaTimeAndUuidAsObjectsAndNullsWithTheirSqlType() throws SQLException {
    LocalDate date = LocalDate.of(2024, 1, 2);
    OffsetDateTime instant = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
    UUID id = new UUID(1, 2);
    set(SQLDataType.DATE, date);
    set(SQLDataType.TIMESTAMPWITHTIMEZONE, instant);
    set(SQLDataType.UUID, id);
    set(SQLDataType.DATE, null);
    set(SQLDataType.TIME, null);
    set(SQLDataType.TIMESTAMP, null);
    set(SQLDataType.TIMESTAMPWITHTIMEZONE, null);
    set(SQLDataType.UUID, null);

    assertThat(calls)
        .containsExactly(
            "setObject[1, " + date + "]",
            "setObject[1, " + instant + "]",
            "setObject[1, " + id + "]",
            "setNull[1, " + Types.DATE + "]",
            "setNull[1, " + Types.TIME + "]",
            "setNull[1, " + Types.TIMESTAMP + "]",
            "setNull[1, " + Types.TIMESTAMP_WITH_TIMEZONE + "]",
            "setNull[1, " + Types.OTHER + "]");
  }

  @Test
  void readsJavaTimeWithGetObjectOfTheJavaType() throws SQLException {
    LocalTime time = LocalTime.of(1, 2);
    LocalDateTime stamp = LocalDateTime.of(2024, 1, 2, 3, 4);
    ResultSet rows = row(Map.of("getObject", time));
    assertThat(PG.binding(SQLDataType.TIME).get(rows, 1)).isEqualTo(time);
    assertThat(PG.binding(SQLDataType.TIMESTAMP).get(row(Map.of("getObject", stamp)), 1))
        .isEqualTo(stamp);
  }

  @Test
  void bindsJsonJsonbAndEnumsAsTextOfTypeOther() throws SQLException {
    set(SQLDataType.JSON, Json.of("{}"));
    set(SQLDataType.JSONB, Jsonb.of("[1]"));
    set(Rating.TYPE, Rating.PG_13);
    set(SQLDataType.JSON, null);
    set(Rating.TYPE, null);

    assertThat(calls)
        .containsExactly(
            "setObject[1, {}, " + Types.OTHER + "]",
            "setObject[1, [1], " + Types.OTHER + "]",
            "setObject[1, PG-13, " + Types.OTHER + "]",
            "setNull[1, " + Types.OTHER + "]",
            "setNull[1, " + Types.OTHER + "]");
  }

  @Test
  void readsJsonAndEnumsFromText() throws SQLException {
    assertThat(PG.binding(SQLDataType.JSONB).get(row(Map.of("getString", "{\"a\":1}")), 1))
        .isEqualTo(Jsonb.of("{\"a\":1}"));
    assertThat(PG.binding(SQLDataType.JSON).get(row(Map.of()), 1)).isNull();
    assertThat(PG.binding(Rating.TYPE).get(row(Map.of("getString", "NC-17")), 1))
        .isEqualTo(Rating.NC_17);
    assertThatThrownBy(() -> PG.binding(Rating.TYPE).get(row(Map.of("getString", "R")), 1))
        .isInstanceOf(dev.rex.dsl.exception.InvalidValueException.class)
        .hasMessage(
            "The database returned 'R' for enum type mpaa_rating, which the generated enum does"
                + " not know. Regenerate the code.");
  }

  @Test
  void bindsAndReadsArraysOfTheElementType() throws SQLException {
    DataType<String[]> tags = DataType.arrayOf(SQLDataType.TEXT, String[].class);
    set(tags, new String[] {"a", "b"});
    set(tags, null);

    assertThat(calls.get(0)).isEqualTo("createArrayOf[text, [a, b]]");
    assertThat(calls.get(1)).isEqualTo("setArray[1, array]");
    assertThat(calls.get(2)).isEqualTo("setNull[1, " + Types.ARRAY + "]");

    Object[] fromDriver = new Object[] {"x", "y"};
    String[] read = PG.binding(tags).get(row(Map.of("getArray", array(fromDriver))), 1);
    assertThat(read).isInstanceOf(String[].class).containsExactly("x", "y");
    assertThat(PG.binding(tags).get(row(Map.of()), 1)).isNull();
    assertThat(tags.getElementType()).isEqualTo(SQLDataType.TEXT);
  }

  @Test
  void bindsDecimalsBooleansAndUnmappedTypesNatively() throws SQLException {
    set(SQLDataType.NUMERIC, new BigDecimal("0.99"));
    set(SQLDataType.NUMERIC, null);
    set(SQLDataType.BOOLEAN, true);
    set(SQLDataType.BOOLEAN, null);
    set(SQLDataType.other("tsvector"), "'a'");

    assertThat(calls)
        .containsExactly(
            "setBigDecimal[1, 0.99]",
            "setNull[1, " + Types.NUMERIC + "]",
            "setBoolean[1, true]",
            "setNull[1, " + Types.BOOLEAN + "]",
            "setObject[1, 'a']");
    assertThat(PG.binding(SQLDataType.BOOLEAN).get(row(Map.of("getBoolean", true)), 1)).isTrue();
    assertThat(
            PG.binding(SQLDataType.BOOLEAN)
                .get(row(Map.of("getBoolean", false, "wasNull", true)), 1))
        .isNull();
    assertThat(
            PG.binding(SQLDataType.BOOLEAN)
                .get(row(Map.of("getBoolean", false, "wasNull", false)), 1))
        .isFalse();
    assertThat(PG.binding(SQLDataType.NUMERIC).get(row(Map.of("getBigDecimal", BigDecimal.TEN)), 1))
        .isEqualTo(BigDecimal.TEN);
  }
}
