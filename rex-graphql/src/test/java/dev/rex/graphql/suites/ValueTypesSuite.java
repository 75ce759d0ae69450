package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.SQLDataType;
import dev.rex.fixtures.ValueTable;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.RexGraphQL;
import dev.rex.testing.TestDatabases;
import graphql.ExecutionResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How each column type travels through GraphQL: one table per type holding one value, read back and
 * filtered on through the generated API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ValueTypesSuite {

  /** A database enum with labels GraphQL cannot use as names. */
  public enum Rating implements EnumType {
    G("G"),
    PG_13("PG-13"),
    NC_17("NC-17");

    private final String literal;

    Rating(String literal) {
      this.literal = literal;
    }

    @Override
    public String getLiteral() {
      return literal;
    }
  }

  private record Case<T>(
      ValueTable<T> table, String postgresType, String sqliteType, T value, String shown) {}

  private final List<Case<?>> cases = new ArrayList<>();
  private String url;
  private Rex db;
  private RexGraphQL graphql;

  /** {@code postgres} or {@code sqlite}. */
  protected abstract String dialect();

  private <T> void add(
      String name, DataType<T> type, String pg, String sqlite, T value, String shown) {
    cases.add(new Case<>(new ValueTable<>(name, type), pg, sqlite, value, shown));
  }

  @BeforeAll
  void createTables() {
    boolean postgres = dialect().equals("postgres");
    add("v_big", SQLDataType.BIGINT, "bigint", "integer", 9007199254740993L, "9007199254740993");
    add(
        "v_decimal",
        SQLDataType.NUMERIC,
        "numeric(20,6)",
        "numeric",
        new BigDecimal("12.345600"),
        postgres ? "12.345600" : "12.3456");
    add("v_date", SQLDataType.DATE, "date", "text", LocalDate.of(2024, 2, 29), "2024-02-29");
    add("v_time", SQLDataType.TIME, "time", "text", LocalTime.of(13, 45, 7), "13:45:07");
    add(
        "v_instant",
        SQLDataType.TIMESTAMPWITHTIMEZONE,
        "timestamptz",
        "text",
        OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC),
        "2024-03-01T10:00Z");
    add("v_flag", SQLDataType.BOOLEAN, "boolean", "integer", true, "true");
    add("v_double", SQLDataType.DOUBLE, "double precision", "real", 0.5, "0.5");
    add("v_blob", SQLDataType.BLOB, "bytea", "blob", new byte[] {1, 2, 3}, "AQID");
    if (postgres) {
      add(
          "v_uuid",
          SQLDataType.UUID,
          "uuid",
          "",
          UUID.fromString("0b8c1d2e-0000-4000-8000-000000000001"),
          "0b8c1d2e-0000-4000-8000-000000000001");
      add(
          "v_json",
          SQLDataType.JSONB,
          "jsonb",
          "",
          Jsonb.of("{\"a\": [1, 2], \"b\": null}"),
          "{a=[1, 2], b=null}");
      add(
          "v_rating",
          DataType.ofEnum(Rating.class, "rating", Rating.values()),
          "rating",
          "",
          Rating.NC_17,
          "NC_17");
      add(
          "v_tag_list",
          DataType.arrayOf(SQLDataType.TEXT, String[].class),
          "text[]",
          "",
          new String[] {"a", "b"},
          "[a, b]");
    } else {
      add("v_json", SQLDataType.JSON, "", "text", Json.of("{\"a\":[1,2]}"), "{a=[1, 2]}");
    }
    url = postgres ? TestDatabases.newPostgresDatabase() : TestDatabases.newSqliteDatabase();
    db = Rex.connect(url);
    if (postgres) {
      db.execute("create type rating as enum ('G', 'PG-13', 'NC-17')");
    }
    for (Case<?> c : cases) {
      db.execute(
          "create table "
              + c.table().getName()
              + " (id integer primary key, v "
              + (postgres ? c.postgresType() : c.sqliteType())
              + ")");
      insert(c);
    }
    graphql =
        RexGraphQL.builder(
                db, Catalog.of(cases.stream().map(Case::table).toArray(ValueTable[]::new)))
            .build();
  }

  private <T> void insert(Case<T> c) {
    db.insertInto(c.table()).set(c.table().ID, 1).set(c.table().V, c.value()).execute();
  }

  @AfterAll
  void drop() {
    db.close();
    if (dialect().equals("postgres")) {
      TestDatabases.dropPostgresDatabase(url);
    }
  }

  private Map<String, Object> data(String query) {
    ExecutionResult result = graphql.execute(GraphQLRequest.of(query));
    assertThat(result.getErrors()).as(query).isEmpty();
    return result.getData();
  }

  @Test
  void everyTypeReadsBackAsItsScalarShowsIt() {
    for (Case<?> c : cases) {
      String field = listField(c.table().getName());
      Map<String, Object> data = data("{ " + field + " { v } }");
      assertThat(data.get(field).toString())
          .as(c.table().getName())
          .isEqualTo("[{v=" + c.shown() + "}]");
    }
  }

  @Test
  void scalarsThatTravelAsTextAreComparedAsTheirType() {
    assertThat(data("{ vBigs(where: {v: {gt: \"9007199254740992\"}}) { id } }").toString())
        .isEqualTo("{vBigs=[{id=1}]}");
    assertThat(data("{ vDecimals(where: {v: {eq: \"12.3456\"}}) { id } }").toString())
        .isEqualTo("{vDecimals=[{id=1}]}");
    assertThat(data("{ vDates(where: {v: {lt: \"2024-03-01\"}}) { id } }").toString())
        .isEqualTo("{vDates=[{id=1}]}");
    assertThat(data("{ vFlags(where: {v: {eq: false}}) { id } }").toString())
        .isEqualTo("{vFlags=[]}");
  }

  @Test
  void enumLabelsBecomeGraphQLNamesBothWays() {
    if (!dialect().equals("postgres")) {
      return;
    }
    assertThat(data("{ vRatings(where: {v: {in: [NC_17, G]}}) { v } }").toString())
        .isEqualTo("{vRatings=[{v=NC_17}]}");
    assertThat(graphql.sdl()).contains("enum Rating").contains("NC_17").contains("PG_13");
  }

  @Test
  void aBadlyWrittenValueIsAClearError() {
    ExecutionResult result =
        graphql.execute(GraphQLRequest.of("{ vDates(where: {v: {eq: \"yesterday\"}}) { id } }"));

    assertThat(result.getErrors()).hasSize(1);
    assertThat(result.getErrors().get(0).getMessage())
        .contains("\"yesterday\" is not a valid Date");
  }

  private static String listField(String table) {
    String[] words = table.split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.append('s').toString();
  }
}
