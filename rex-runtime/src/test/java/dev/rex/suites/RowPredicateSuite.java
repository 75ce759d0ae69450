package dev.rex.suites;

import static dev.rex.dsl.DSL.coalesce;
import static dev.rex.dsl.DSL.concat;
import static dev.rex.dsl.DSL.falseCondition;
import static dev.rex.dsl.DSL.length;
import static dev.rex.dsl.DSL.lower;
import static dev.rex.dsl.DSL.noCondition;
import static dev.rex.dsl.DSL.trueCondition;
import static dev.rex.dsl.DSL.upper;
import static dev.rex.dsl.DSL.val;
import static dev.rex.fixtures.Sample.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.RowPredicate;
import dev.rex.fixtures.Sample;
import dev.rex.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@link RowPredicate} selects exactly the rows the database selects for the same condition: each
 * condition runs as {@code select id from sample where condition} and in memory over every row read
 * back, and the two sets of ids must be equal. The rows mix nulls with edge values (negative zero,
 * large longs, decimals of several scales, text with LIKE wildcards, backslashes, letters of both
 * cases inside and outside ASCII, characters above U+FFFF, fractional seconds).
 */
public abstract class RowPredicateSuite extends DatabaseTest {

  private static final Sample S = SAMPLE;

  private static final Integer[] INTS = {null, 0, 1, -1, 2, 5, 10, 1, -7, 100};
  private static final Integer[] OTHER_INTS = {null, 1, 0, 2, -1, 5, 1};
  private static final Long[] LONGS = {
    null, 0L, 1L, 3_000_000_000L, -3_000_000_000L, Long.MAX_VALUE, 1L, 42L
  };
  private static final String[] DECIMALS = {
    null, "1.000", "1.5", "-0.25", "0", "12345.678", "1", "2.5", "0.001"
  };
  private static final Double[] DOUBLES = {null, 0.0, -0.0, 0.5, 1.0, -2.25, 1e10, 3.3};
  private static final String[] TEXTS = {
    null, "", "a", "A", "abc", "Abc", "ABC", "a%b", "a_b", "a\\b", "axb", "Ärger", "ärger", "zeta",
    "😀x", "\uFFFDx", "100%", "a\\%", "x y", "ab"
  };
  private static final String[] PATTERNS = {null, "a", "abc", "b%", "Abc", "😀_", "\uFFFD"};
  private static final Boolean[] FLAGS = {null, true, false};
  private static final LocalDate[] DATES = {
    null,
    LocalDate.of(1970, 1, 1),
    LocalDate.of(2000, 1, 1),
    LocalDate.of(2024, 2, 29),
    LocalDate.of(1999, 12, 31),
    LocalDate.of(2100, 6, 15)
  };
  private static final LocalDateTime[] TIMESTAMPS = {
    null,
    LocalDateTime.of(2024, 1, 1, 10, 0),
    LocalDateTime.of(2024, 1, 1, 10, 0, 0, 500_000_000),
    LocalDateTime.of(2024, 1, 1, 10, 0, 0, 250_000_000),
    LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000),
    LocalDateTime.of(2024, 1, 1, 9, 59, 59)
  };

  private List<Sample.Row> rows = List.of();

  /**
   * The collation of the text columns on PostgreSQL: one that orders by code point and maps case by
   * Unicode, as {@link RowPredicate} assumes (PostgreSQL 17's {@code pg_c_utf8}, or glibc's {@code
   * C.UTF-8}); {@code "C"} where there is neither, which maps the case of ASCII only.
   */
  private String collation = "C";

  @BeforeAll
  void fillTheSampleTable() {
    if (postgres()) {
      collation =
          db
              .fetch(
                  "select collname from pg_collation where collname in ('pg_c_utf8', 'C.UTF-8',"
                      + " 'C.utf8') and collencoding in (-1, 6) order by collname = 'pg_c_utf8'"
                      + " desc, collname limit 1")
              .stream()
              .map(row -> (String) row.get(0))
              .findFirst()
              .orElse("C");
    }
    db.execute(sampleDdl(collation));
    for (int k = 0; k < 60; k++) {
      Sample.Row row =
          S.newRecord()
              .set(S.ID, k)
              .set(S.I, INTS[k % INTS.length])
              .set(S.J, OTHER_INTS[k % OTHER_INTS.length])
              .set(S.B, LONGS[k % LONGS.length])
              .set(S.N, decimal(DECIMALS[k % DECIMALS.length]))
              .set(S.X, storable(DOUBLES[k % DOUBLES.length]))
              .set(S.T, TEXTS[k % TEXTS.length])
              .set(S.U, PATTERNS[(k / 2) % PATTERNS.length])
              .set(S.FLAG, FLAGS[k % FLAGS.length])
              .set(S.D, DATES[k % DATES.length])
              .set(S.TS, TIMESTAMPS[(k + 1) % TIMESTAMPS.length]);
      db.insertInto(S).set(row).execute();
    }
    rows = db.selectFrom(S).fetch();
    assertThat(rows).hasSize(60);
  }

  /** The sample table's DDL with text in {@code collation}; a plugin's dialect gives its own. */
  protected String sampleDdl(String collation) {
    return Sample.ddl(dialect(), collation);
  }

  /** The value, or 0.0 for -0.0 on SQLite, which cannot keep the sign. */
  private Double storable(Double value) {
    return value != null && value == 0.0 && !postgres() ? Double.valueOf(0.0) : value;
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  @ParameterizedTest
  @MethodSource("conditions")
  void selectsTheRowsTheDatabaseSelects(Condition condition) {
    boolean mapsCase =
        condition.toString().contains("ilike") || condition.toString().contains("upper(");
    assumeTrue(
        !mapsCase || !postgres() || !collation.equals("C"),
        "skipped: this PostgreSQL has no C.UTF-8 collation, and under \"C\" it maps the case of"
            + " ASCII letters only");
    List<Integer> selected = db.select(S.ID).from(S).where(condition).orderBy(S.ID).fetch(S.ID);

    RowPredicate<Sample.Row> predicate = RowPredicate.of(S, condition, db.dialect());
    List<Integer> matched = new ArrayList<>();
    for (Sample.Row row : rows) {
      if (predicate.test(row)) {
        matched.add(row.get(S.ID));
      }
    }

    assertThat(matched).as(condition.toString()).isEqualTo(selected);
  }

  static Stream<Named<Condition>> conditions() {
    return Stream.of(comparisons(), nullsAndLists(), likes(), otherTypes(), logic(), expressions())
        .flatMap(List::stream)
        .map(condition -> Named.of(condition.toString(), condition));
  }

  private static List<Condition> comparisons() {
    return List.of(
        S.I.eq(1),
        S.I.ne(1),
        S.I.lt(0),
        S.I.le(1),
        S.I.gt(2),
        S.I.ge(5),
        S.I.eq(S.J),
        S.I.lt(S.J),
        S.B.gt(2_999_999_999L),
        S.B.ne(1L),
        S.N.eq(new BigDecimal("1.0")),
        S.N.lt(BigDecimal.ZERO),
        S.N.between(new BigDecimal("-1"), new BigDecimal("2")),
        S.I.between(0, 10),
        S.I.between(0, 5).not(),
        S.I.between(S.J, val(10)),
        S.T.lt(S.U),
        S.T.ge("a"),
        S.T.eq("abc"),
        S.T.gt("\uFFFD"));
  }

  private static List<Condition> nullsAndLists() {
    return List.of(
        S.I.in(1, 2, 3),
        S.I.in(Arrays.asList(1, null)),
        S.I.notIn(Arrays.asList(2, null)),
        S.I.notIn(1, 2),
        S.I.in(List.of()),
        S.I.notIn(List.of()),
        S.I.in(Arrays.asList(1, null)).not(),
        S.T.in("a", "A", "😀x"),
        S.I.isNull(),
        S.T.isNotNull(),
        S.I.eq(S.J).not());
  }

  private static List<Condition> likes() {
    return List.of(
        S.T.like("a%"),
        S.T.like("%b%"),
        S.T.like("a_b"),
        S.T.like("A%"),
        S.T.notLike("a%"),
        S.T.like("%\\%%"),
        S.T.like("a\\_b"),
        S.T.like("_"),
        S.T.like("%"),
        S.T.like(""),
        S.T.like("😀_"),
        S.T.likeIgnoreCase("ä%"),
        S.T.notLikeIgnoreCase("a%"),
        S.T.likeIgnoreCase("%B%"),
        S.T.like(S.U));
  }

  private static List<Condition> otherTypes() {
    return List.of(
        S.FLAG.eq(true),
        S.FLAG.ne(true),
        S.FLAG.isNull().or(S.FLAG.eq(false)),
        S.D.lt(LocalDate.of(2000, 1, 1)),
        S.D.between(LocalDate.of(1999, 12, 31), LocalDate.of(2024, 2, 29)),
        S.TS.gt(LocalDateTime.of(2024, 1, 1, 10, 0, 0, 250_000_000)),
        S.TS.eq(LocalDateTime.of(2024, 1, 1, 10, 0, 0, 500_000_000)),
        S.TS.le(LocalDateTime.of(2024, 1, 1, 10, 0)),
        S.X.gt(0.5),
        S.X.eq(0.0));
  }

  private static List<Condition> logic() {
    return List.of(
        S.I.eq(1).and(S.T.like("a%")),
        S.I.ne(1).or(S.T.isNull()),
        S.I.gt(0).not(),
        S.I.ne(1).not(),
        DSL.not(S.I.eq(1).and(S.J.eq(1))),
        S.I.isNull().andNot(S.T.like("a%")),
        S.I.eq(1).orNot(S.J.ge(1)),
        DSL.or(S.I.isNull(), S.J.isNull(), S.T.eq("a")),
        S.FLAG.eq(false).and(S.I.ne(0)).or(S.N.gt(BigDecimal.ONE)),
        trueCondition(),
        falseCondition(),
        noCondition(),
        trueCondition().and(S.I.isNull()),
        falseCondition().or(S.I.ne(0)),
        noCondition().and(S.J.lt(1)));
  }

  private static List<Condition> expressions() {
    return List.of(
        lower(S.T).eq("abc"),
        upper(S.T).like("Ä%"),
        length(S.T).gt(2),
        concat(S.T, val("!")).eq("a!"),
        concat(S.T, S.I).eq("a1"),
        S.I.plus(1).gt(2),
        S.I.minus(S.J).eq(0),
        S.I.times(2).ge(10),
        S.I.div(2).eq(0),
        S.I.mod(3).eq(1),
        S.I.neg().lt(0),
        S.N.times(new BigDecimal("2")).gt(new BigDecimal("2.5")),
        S.X.times(2.0).gt(1.0),
        coalesce(S.I, 0).eq(0),
        DSL.abs(S.I).gt(1),
        DSL.when(S.I.gt(0), "pos").otherwise("other").eq("pos"));
  }
}
