package dev.rex.hostile;

import static dev.rex.dsl.DSL.condition;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.resultQuery;
import static dev.rex.dsl.DSL.table;
import static dev.rex.dsl.DSL.val;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rex.dsl.DSL;
import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Json;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.InvalidNameException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.exception.ValidationException;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.fixtures.Hostile;
import dev.rex.testing.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input through every public entry point that takes a value, a name, a type name or raw SQL
 * ({@code hostile-entry-points.txt} lists them, and {@link PublicStringEntryPointsTest} fails when
 * a new one is missing). After every test the canary table holds exactly its secret, the secret
 * appeared in no result and no error, and every payload either came back as data or was refused
 * with a typed exception. Values never appear in the SQL text: they are bound.
 */
public abstract class HostileInputSuite extends DatabaseTest {

  private static final String SECRET = "rex-canary-" + UUID.randomUUID();
  private static final Hostile HOSTILE = Hostile.HOSTILE;
  private static final Field<Integer> ID = HOSTILE.ID;
  private static final Field<String> BODY = HOSTILE.BODY;
  private static final Field<Json> DOC = HOSTILE.DOC;

  static Stream<String> values() {
    return Payloads.values().stream();
  }

  static Stream<String> names() {
    return Payloads.names().stream();
  }

  @BeforeAll
  void createCanaryAndHostileTables() {
    db.execute("create table " + Payloads.CANARY + " (secret varchar(100) not null)");
    db.execute("insert into " + Payloads.CANARY + " (secret) values (?)", SECRET);
    db.execute(Hostile.ddl(dialect()));
  }

  @BeforeEach
  void emptyHostileAndResetTheCanary() {
    db.execute("delete from hostile");
    // A test that breaks the canary fails on its own; the next one starts from a whole canary.
    db.execute("delete from " + Payloads.CANARY);
    db.execute("insert into " + Payloads.CANARY + " (secret) values (?)", SECRET);
    statements.clear();
  }

  @AfterEach
  void canaryIsUntouched() {
    assertThat(db.fetch("select secret from " + Payloads.CANARY).map(r -> r.get(0)))
        .as("the canary table")
        .containsExactly(SECRET);
    assertThat(db.fetch("select count(*) from artist").get(0).get(0))
        .as("the fixture tables still exist")
        .isNotNull();
  }

  /** Whether this database can hold {@code payload} as text. */
  private boolean storable(String payload) {
    return Payloads.wellFormed(payload) && !(postgres() && payload.indexOf('\0') >= 0);
  }

  /**
   * Runs {@code roundTrip}: it must return {@code expected}, or, if the payload cannot be stored
   * here ({@code mayRefuse}), it may instead throw a typed Rex exception. Either way the secret
   * shows nowhere and the payload never appears in the SQL text.
   */
  private void comesBackAsData(
      String payload, boolean mayRefuse, @Nullable Object expected, Supplier<Object> roundTrip) {
    comesBackAs(payload, mayRefuse, expected, roundTrip);
    assertPayloadNotInSql(payload);
  }

  /** As {@link #comesBackAsData}, for names, which do appear in the SQL (quoted). */
  private void comesBackAs(
      String payload, boolean mayRefuse, @Nullable Object expected, Supplier<Object> roundTrip) {
    Object back;
    int rowsBefore = db.fetchCount(HOSTILE);
    try {
      back = roundTrip.get();
    } catch (RexException refused) {
      assertThat(mayRefuse).as("%s was refused: %s", show(payload), refused).isTrue();
      assertThat(refused.getMessage()).doesNotContain(SECRET);
      assertThat(db.fetchCount(HOSTILE)).as("nothing half-written").isEqualTo(rowsBefore);
      return;
    }
    assertThat(String.valueOf(back)).doesNotContain(SECRET);
    assertThat(back).as("the payload %s as data", show(payload)).isEqualTo(expected);
  }

  private void comesBackAsData(String payload, Supplier<Object> roundTrip) {
    comesBackAsData(payload, !storable(payload), payload, roundTrip);
  }

  private void assertPayloadNotInSql(String payload) {
    if (payload.length() < 4 || payload.isBlank()) {
      return; // short payloads such as "?" or "%" occur in ordinary SQL
    }
    for (String sql : statements) {
      assertThat(sql).as("a value pasted into SQL").doesNotContain(payload);
    }
  }

  /** A typed refusal or a typed database error; never rows, never the secret. */
  private void failsTyped(Runnable statement) {
    Throwable failure = catchThrowable(statement::run);
    assertThat(failure).as("a typed Rex exception").isInstanceOf(RexException.class);
    assertThat(failure.getMessage()).doesNotContain(SECRET);
  }

  private static String show(String payload) {
    String shown = payload.length() > 60 ? payload.substring(0, 60) + "…" : payload;
    return "\"" + shown.replace("\0", "\\0") + "\" (" + payload.length() + " chars)";
  }

  private @Nullable String bodyWhereEq(String payload) {
    return db.select(BODY).from(HOSTILE).where(BODY.eq(payload)).fetchOne().value1();
  }

  // --- values ---------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("values")
  void insertSetThenWhereEqualsFindsTheValue(String payload) {
    comesBackAsData(
        payload,
        () -> {
          db.insertInto(HOSTILE).set(ID, 1).set(BODY, payload).execute();
          return bodyWhereEq(payload);
        });
  }

  @ParameterizedTest
  @MethodSource("values")
  void insertValuesAndReturningGiveTheValueBack(String payload) {
    comesBackAsData(
        payload,
        () ->
            db.insertInto(HOSTILE, ID, BODY)
                .values(1, payload)
                .returning(BODY)
                .fetchSingle()
                .get(BODY));
  }

  @ParameterizedTest
  @MethodSource("values")
  void updateSetStoresTheValue(String payload) {
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, "before").execute();
    boolean storable = storable(payload);
    Object expected = storable ? payload : "before";
    Object back =
        catchOrGet(
            () -> {
              db.update(HOSTILE).set(BODY, payload).where(ID.eq(1)).execute();
              return db.select(BODY).from(HOSTILE).where(ID.eq(1)).fetchOne().value1();
            });
    if (back instanceof RexException refused) {
      assertThat(storable).as("%s was refused: %s", show(payload), refused).isFalse();
      back = db.select(BODY).from(HOSTILE).where(ID.eq(1)).fetchOne().value1();
    }
    assertThat(back).isEqualTo(expected);
    assertPayloadNotInSql(payload);
  }

  private static Object catchOrGet(Supplier<Object> action) {
    try {
      return action.get();
    } catch (RexException e) {
      return e;
    }
  }

  @ParameterizedTest
  @MethodSource("values")
  void inListMatchesOnlyTheValue(String payload) {
    comesBackAsData(
        payload,
        () -> {
          db.insertInto(HOSTILE).set(ID, 1).set(BODY, payload).execute();
          db.insertInto(HOSTILE).set(ID, 2).set(BODY, "other").execute();
          return db.select(BODY).from(HOSTILE).where(BODY.in(payload, "nothing")).fetch().stream()
              .map(r -> r.value1())
              .reduce((a, b) -> a + "|" + b)
              .orElse(null);
        });
  }

  @ParameterizedTest
  @MethodSource("values")
  void likePatternsAreBoundAndMatchTheirOwnText(String payload) {
    if (!storable(payload)) {
      failsTyped(() -> db.select(BODY).from(HOSTILE).where(BODY.like(payload)).fetch());
      return;
    }
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, payload).execute();
    for (var condition :
        List.of(
            BODY.like(payload),
            BODY.likeIgnoreCase(payload),
            BODY.notLike(payload),
            BODY.notLikeIgnoreCase(payload))) {
      Object outcome = catchOrGet(() -> db.select(BODY).from(HOSTILE).where(condition).fetch());
      if (outcome instanceof RexException refused) {
        // PostgreSQL's LIKE reads a trailing backslash as an incomplete escape: a typed error.
        assertThat(refused).isInstanceOf(DataAccessException.class);
        assertThat(payload).contains("\\");
        continue;
      }
      for (var row : (Result<?>) outcome) {
        assertThat(row.get(0)).isEqualTo(payload);
      }
    }
    assertPayloadNotInSql(payload);
  }

  @ParameterizedTest
  @MethodSource("values")
  void textPredicatesFindTheirOwnTextLiterally(String payload) {
    if (!storable(payload)) {
      failsTyped(() -> db.select(BODY).from(HOSTILE).where(BODY.contains(payload)).fetch());
      return;
    }
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, payload).execute();
    for (var condition :
        List.of(
            BODY.contains(payload),
            BODY.containsIgnoreCase(payload),
            BODY.startsWith(payload),
            BODY.endsWith(payload),
            BODY.equalIgnoreCase(payload))) {
      Object found = catchOrGet(() -> db.select(BODY).from(HOSTILE).where(condition).fetch(BODY));
      if (found instanceof DataAccessException refused) {
        // SQLite refuses LIKE patterns over 50,000 bytes; escaping lengthens the text.
        assertThat(refused).hasMessageContaining("pattern too complex");
        continue;
      }
      assertThat(found).isEqualTo(List.of(payload));
    }
    assertPayloadNotInSql(payload);
  }

  @ParameterizedTest
  @MethodSource("values")
  void aSelectedValueComesBack(String payload) {
    comesBackAsData(payload, () -> db.select(val(payload)).fetchSingle().value1());
    comesBackAsData(
        payload, () -> db.select(val(payload, SQLDataType.TEXT)).fetchSingle().value1());
    comesBackAsData(payload, () -> db.select(val("").concat(payload)).fetchSingle().value1());
  }

  @ParameterizedTest
  @MethodSource("values")
  void rawSqlBindsComeBack(String payload) {
    comesBackAsData(
        payload,
        () ->
            db.select(field("?", String.class, payload))
                .where(condition("? = ?", payload, payload))
                .fetchSingle()
                .value1());
    comesBackAsData(payload, () -> db.fetch("select ? as v", payload).get(0).get("v"));
    comesBackAsData(payload, () -> db.fetchValue("select ? as v", payload));
    comesBackAsData(payload, () -> db.fetchOne("select ? as v", payload).get(0));
    comesBackAsData(payload, () -> db.fetchSingle("select ? as v", payload).get("v"));
    comesBackAsData(
        payload,
        () -> {
          db.execute("insert into hostile (id, body) values (?, ?)", 1, payload);
          return db.fetch(resultQuery("select body from hostile where body = ?", payload))
              .get(0)
              .get(0);
        });
  }

  @ParameterizedTest
  @MethodSource("values")
  void rawSqlPlaceholdersInsideLiteralsAndCommentsAreText(String payload) {
    comesBackAsData(
        payload,
        () -> {
          Record row = db.fetch("select '?' as q, /* ? */ ? as v -- ?\n", payload).get(0);
          assertThat(row.get("q")).isEqualTo("?");
          return row.get("v");
        });
    comesBackAsData(
        payload,
        () -> {
          db.execute(DSL.query("insert into hostile (id, body) values (1, ?)", payload));
          return bodyWhereEq(payload);
        });
  }

  @ParameterizedTest
  @MethodSource("values")
  void recordSettersStoreTheValue(String payload) {
    boolean fits = payload.codePointCount(0, payload.length()) <= 120;
    Object back =
        catchOrGet(
            () -> {
              ArtistRecord artist = db.newRecord(ARTIST);
              artist.setName(payload);
              artist.store();
              return db.selectFrom(ARTIST)
                  .where(ARTIST.ARTIST_ID.eq(artist.getArtistId()))
                  .fetchSingle()
                  .getName();
            });
    if (back instanceof RexException refused) {
      assertThat(!fits || !storable(payload))
          .as("%s was refused: %s", show(payload), refused)
          .isTrue();
      if (!fits) {
        assertThat(refused).isInstanceOf(ValidationException.class);
      }
      assertThat(db.fetchCount(ARTIST)).isZero();
      return;
    }
    assertThat(back).isEqualTo(payload);
  }

  @ParameterizedTest
  @MethodSource("values")
  void batchBindsStoreTheValue(String payload) {
    comesBackAsData(
        payload,
        () -> {
          db.batch(insertInto(HOSTILE, ID, BODY).values((Integer) null, (String) null))
              .bind(1, payload)
              .bind(2, "second")
              .execute();
          return bodyWhereEq(payload);
        });
  }

  @ParameterizedTest
  @MethodSource("values")
  void upsertSetStoresTheValue(String payload) {
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, "before").execute();
    Object outcome =
        catchOrGet(
            () ->
                db.insertInto(HOSTILE)
                    .set(ID, 1)
                    .set(BODY, "new")
                    .onConflict(ID)
                    .doUpdate()
                    .set(BODY, payload)
                    .execute());
    Object back = db.select(BODY).from(HOSTILE).where(ID.eq(1)).fetchOne().value1();
    if (outcome instanceof RexException refused) {
      assertThat(storable(payload)).as("%s was refused: %s", show(payload), refused).isFalse();
      assertThat(back).isEqualTo("before");
      return;
    }
    assertThat(back).isEqualTo(payload);
    assertPayloadNotInSql(payload);
  }

  @ParameterizedTest
  @MethodSource("values")
  void jsonTextIsStoredAsIs(String payload) {
    String document = "{\"k\": \"" + jsonEscape(payload) + "\"}";
    comesBackAsData(
        document,
        false,
        Json.of(document),
        () -> {
          db.insertInto(HOSTILE).set(ID, 1).set(DOC, Json.of(document)).execute();
          return db.select(DOC).from(HOSTILE).where(ID.eq(1)).fetchSingle().value1();
        });
  }

  private static String jsonEscape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        escaped.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @ParameterizedTest
  @MethodSource("values")
  void cachedResultsKeyOnTheBoundValue(String payload) {
    comesBackAsData(
        payload,
        () -> {
          db.insertInto(HOSTILE).set(ID, 1).set(BODY, payload).execute();
          var query = db.select(BODY).from(HOSTILE).where(BODY.eq(payload));
          Object first = db.cache().fetch(query, Duration.ofMinutes(1)).get(0).value1();
          Object second = db.cache().fetch(query, Duration.ofMinutes(1)).get(0).value1();
          assertThat(second).isEqualTo(first);
          return second;
        });
  }

  // --- names ----------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("names")
  void aColumnAliasIsAnIdentifierTheDatabaseReadsBack(String payload) {
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, "x").execute();
    comesBackAs(
        payload,
        payload.indexOf('\0') >= 0,
        "x",
        () -> {
          Table<?> derived = db.select(BODY.as(payload)).from(HOSTILE).asTable("d");
          return db.select(field(name("d", payload), SQLDataType.TEXT))
              .from(derived)
              .fetchSingle()
              .value1();
        });
    db.deleteFrom(HOSTILE).execute();
  }

  @Test
  void aNameLongerThanTheDatabaseKeepsIsRefusedNeverCut() {
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, "x").execute();
    String longName = "\u00e9".repeat(32); // 64 bytes of UTF-8 in 32 characters
    Supplier<Object> label =
        () -> {
          Table<?> derived = db.select(BODY.as(longName)).from(HOSTILE).asTable("d");
          return db.select(field(name("d", longName), SQLDataType.TEXT))
              .from(derived)
              .fetchSingle()
              .value1();
        };
    statements.clear();
    if (postgres()) {
      // PostgreSQL would keep 63 bytes and cut the rest with only a notice.
      assertThatThrownBy(label::get)
          .isInstanceOf(InvalidNameException.class)
          .hasMessageContaining("63");
      assertThat(statements).as("refused before sending").isEmpty();
    } else {
      assertThat(label.get()).isEqualTo("x");
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void aTableAliasAndADerivedTableNameAreIdentifiers(String payload) {
    boolean nul = payload.indexOf('\0') >= 0;
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, "x").execute();
    comesBackAs(
        payload,
        nul,
        "x",
        () ->
            db.select(field(name(payload, "body"), SQLDataType.TEXT))
                .from(HOSTILE.as(payload))
                .fetchSingle()
                .value1());
    comesBackAs(
        payload,
        nul,
        "x",
        () ->
            db.select(field(name(payload, "body"), SQLDataType.TEXT))
                .from(db.select(BODY).from(HOSTILE).asTable(payload))
                .fetchSingle()
                .value1());
    db.deleteFrom(HOSTILE).execute();
  }

  @ParameterizedTest
  @MethodSource("names")
  void aCommonTableExpressionNameAndItsColumnsAreIdentifiers(String payload) {
    boolean nul = payload.indexOf('\0') >= 0;
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, "x").execute();
    comesBackAs(
        payload,
        nul,
        "x",
        () -> {
          var cte = name(payload).fields(payload).as(db.select(BODY).from(HOSTILE));
          return db.with(cte)
              .select(field(name(payload, payload), SQLDataType.TEXT))
              .from(cte)
              .fetchSingle()
              .value1();
        });
    db.deleteFrom(HOSTILE).execute();
  }

  @ParameterizedTest
  @MethodSource("names")
  void anUnknownColumnIsAnErrorNeverAValue(String payload) {
    db.insertInto(HOSTILE).set(ID, 1).set(BODY, "x").execute();
    Field<String> unknown;
    try {
      unknown = field(name(payload), SQLDataType.TEXT);
    } catch (InvalidNameException refused) {
      assertThat(payload).contains("\0");
      return;
    }
    failsTyped(() -> db.select(unknown).from(HOSTILE).fetch());
    failsTyped(() -> db.deleteFrom(HOSTILE).where(unknown.isNotNull()).execute());
    failsTyped(() -> db.update(HOSTILE).set(BODY, unknown).execute());
    failsTyped(() -> db.select(BODY).from(HOSTILE).orderBy(unknown).fetch());
    assertThat(db.select(BODY).from(HOSTILE).fetchSingle().value1()).isEqualTo("x");
  }

  @ParameterizedTest
  @MethodSource("names")
  void anUnknownTableIsAnError(String payload) {
    failsTyped(() -> db.fetchCount(table(name(payload))));
    failsTyped(() -> db.select(BODY).from(table(name(payload, "hostile"))).fetch());
  }

  // --- type names -----------------------------------------------------------------------------

  /** An enum type for {@code DataType.ofEnum}. */
  private enum Mood implements EnumType {
    HAPPY;

    @Override
    public String getLiteral() {
      return "happy";
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void aTypeNameIsRefusedOrNamesAType(String payload) {
    List<Supplier<DataType<?>>> makers =
        List.of(
            () -> SQLDataType.other(payload),
            () -> SQLDataType.TEXT.typeName(payload),
            () -> DataType.of(String.class, SqlType.VARCHAR, payload),
            () -> DataType.ofEnum(Mood.class, payload, Mood.values()));
    for (Supplier<DataType<?>> maker : makers) {
      DataType<?> type;
      try {
        type = maker.get();
      } catch (RexException | IllegalArgumentException refused) {
        assertThat(statements).as("refused before any SQL").isEmpty();
        continue;
      }
      // Accepted: then it is a plain word that cannot leave the cast, and the database decides.
      assertThat(payload).matches("[\\p{L}_][\\p{L}\\p{N}_]*");
      Object outcome = catchOrGet(() -> db.select(val("1").cast(type)).fetch());
      assertThat(String.valueOf(outcome)).doesNotContain(SECRET);
    }
  }
}
