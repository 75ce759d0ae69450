package dev.rex.dsl;

import static dev.rex.dsl.fixtures.Kinds.KINDS;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.assertCondition;
import static dev.rex.dsl.fixtures.Rendering.assertField;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Rendering.condition;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.fixtures.Kinds;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** What the jOOQ-named conditions, fields and selects render, and how they match in memory. */
class JooqShapesTest {

  @Test
  void textPredicatesEscapeTheirWildcards() {
    assertCondition(
        ALBUM.TITLE.contains("50%_off!"), "\"album\".\"title\" like ? escape '!'", "%50!%!_off!!%");
    assertCondition(ALBUM.TITLE.startsWith("A"), "\"album\".\"title\" like ? escape '!'", "A%");
    assertCondition(ALBUM.TITLE.endsWith("z"), "\"album\".\"title\" like ? escape '!'", "%z");
    assertThat(condition(ALBUM.TITLE.containsIgnoreCase("x"), PG).sql())
        .isEqualTo("\"album\".\"title\" ilike ? escape '!'");
    assertThat(condition(ALBUM.TITLE.equalIgnoreCase("x"), SQLITE).sql())
        .isEqualTo("lower(`album`.`title`) like lower(?) escape '!'");
  }

  @Test
  void textPredicatesMatchLiterallyInMemory() {
    Kinds.Row row = KINDS.newRecord().set(KINDS.TEXT, "50% off_now");
    RowPredicate<Kinds.Row> contains = RowPredicate.of(KINDS, KINDS.TEXT.contains("% off_"), PG);
    RowPredicate<Kinds.Row> wildcard = RowPredicate.of(KINDS, KINDS.TEXT.contains("0_"), SQLITE);
    RowPredicate<Kinds.Row> same =
        RowPredicate.of(KINDS, KINDS.TEXT.equalIgnoreCase("50% OFF_NOW"), SQLITE);

    assertThat(contains.test(row)).isTrue();
    assertThat(wildcard.test(row)).isFalse();
    assertThat(same.test(row)).isTrue();
  }

  @Test
  void longNamesAndArithmeticAliasesRenderAsTheShortOnes() {
    assertCondition(ALBUM.ARTIST_ID.equal(1), "\"album\".\"artist_id\" = ?", 1);
    assertCondition(ALBUM.ARTIST_ID.notEqual(1), "\"album\".\"artist_id\" <> ?", 1);
    assertCondition(ALBUM.ARTIST_ID.greaterThan(1), "\"album\".\"artist_id\" > ?", 1);
    assertCondition(ALBUM.ARTIST_ID.greaterOrEqual(1), "\"album\".\"artist_id\" >= ?", 1);
    assertCondition(ALBUM.ARTIST_ID.lessThan(1), "\"album\".\"artist_id\" < ?", 1);
    assertCondition(ALBUM.ARTIST_ID.lessOrEqual(1), "\"album\".\"artist_id\" <= ?", 1);
    assertCondition(
        ALBUM
            .ARTIST_ID
            .notEqual(ALBUM.ALBUM_ID)
            .and(ALBUM.ARTIST_ID.greaterThan(ALBUM.ALBUM_ID))
            .and(ALBUM.ARTIST_ID.greaterOrEqual(ALBUM.ALBUM_ID))
            .and(ALBUM.ARTIST_ID.lessThan(ALBUM.ALBUM_ID))
            .and(ALBUM.ARTIST_ID.lessOrEqual(ALBUM.ALBUM_ID)),
        "(\"album\".\"artist_id\" <> \"album\".\"album_id\""
            + " and \"album\".\"artist_id\" > \"album\".\"album_id\""
            + " and \"album\".\"artist_id\" >= \"album\".\"album_id\""
            + " and \"album\".\"artist_id\" < \"album\".\"album_id\""
            + " and \"album\".\"artist_id\" <= \"album\".\"album_id\")");
    assertField(
        ALBUM
            .ARTIST_ID
            .add(1)
            .sub(ALBUM.ALBUM_ID)
            .mul(2)
            .add(ALBUM.ALBUM_ID)
            .sub(3)
            .mul(ALBUM.ALBUM_ID),
        "((((((\"album\".\"artist_id\" + ?) - \"album\".\"album_id\") * ?) + \"album\".\"album_id\")"
            + " - ?) * \"album\".\"album_id\")",
        1,
        2,
        3);
  }

  @Test
  void concatenatesFieldsAndTexts() {
    assertField(ALBUM.TITLE.concat(ALBUM.TITLE), "(\"album\".\"title\" || \"album\".\"title\")");
    assertField(ALBUM.TITLE.concat("!"), "(\"album\".\"title\" || ?)", "!");
  }

  @Test
  void inlineWritesOnlyNumbersAndBooleansIntoTheText() {
    assertField(DSL.inline(42), "42");
    assertField(DSL.inline(7L), "7");
    assertField(DSL.inline((short) 3), "3");
    assertField(DSL.inline((byte) 2), "2");
    assertField(DSL.inline(BigInteger.TEN), "10");
    assertField(DSL.inline(new BigDecimal("1E+3")), "1000");
    assertField(DSL.inline(false), "false");
    assertField(DSL.inline("it's"), "?", "it's");
    assertField(DSL.inline(1.5d), "?", 1.5d);
    assertThat(DSL.inline(1)).isEqualTo(DSL.inline(1)).isNotEqualTo(DSL.inline(2));
    assertThat(DSL.inline(1).hashCode()).isEqualTo(DSL.inline(1).hashCode());
    assertThat(
            RowPredicate.of(KINDS, KINDS.ID.eq(DSL.inline(4)), PG)
                .test(KINDS.newRecord().set(KINDS.ID, 4)))
        .isTrue();
  }

  @Test
  void detachedSelectOneAndSelectCount() {
    assertRenders(DSL.selectOne(), "select ?", 1);
    assertRenders(DSL.selectCount().from(ALBUM), "select count(*) from \"album\"");
  }

  @Test
  void filterWhereAddsAFilterClauseThatIsPartOfTheShape() {
    AggregateFunction<Integer> filtered =
        DSL.count().filterWhere(ALBUM.ARTIST_ID.eq(1)).filterWhere(ALBUM.ALBUM_ID.gt(2));

    assertField(
        filtered,
        "count(*) filter (where (\"album\".\"artist_id\" = ? and \"album\".\"album_id\" > ?))",
        1,
        2);
    assertThat(DSL.count().filterWhere(ALBUM.ARTIST_ID.eq(1)))
        .isEqualTo(DSL.count().filterWhere(ALBUM.ARTIST_ID.eq(9)))
        .isNotEqualTo(DSL.count());
    assertThat(DSL.count().filterWhere(ALBUM.ARTIST_ID.eq(1)).hashCode())
        .isNotEqualTo(DSL.count().hashCode());
  }

  @Test
  void chooseNvlTrimAndSubstringRenderPortableFunctions() {
    assertField(
        DSL.choose().when(ALBUM.ARTIST_ID.eq(1), "one").otherwise("other"),
        "case when \"album\".\"artist_id\" = ? then ? else ? end",
        1,
        "one",
        "other");
    assertField(
        DSL.choose().when(ALBUM.ARTIST_ID.eq(1), ALBUM.TITLE).otherwise(ALBUM.TITLE),
        "case when \"album\".\"artist_id\" = ? then \"album\".\"title\" else \"album\".\"title\" end",
        1);
    assertField(DSL.nvl(ALBUM.TITLE, "x"), "coalesce(\"album\".\"title\", ?)", "x");
    assertField(
        DSL.nvl(ALBUM.TITLE, ALBUM.TITLE), "coalesce(\"album\".\"title\", \"album\".\"title\")");
    assertField(DSL.trim(ALBUM.TITLE), "trim(\"album\".\"title\")");
    assertField(DSL.ltrim(ALBUM.TITLE), "ltrim(\"album\".\"title\")");
    assertField(DSL.rtrim(ALBUM.TITLE), "rtrim(\"album\".\"title\")");
    assertField(DSL.substring(ALBUM.TITLE, 2), "substr(\"album\".\"title\", ?)", 2);
    assertField(DSL.substring(ALBUM.TITLE, 2, 3), "substr(\"album\".\"title\", ?, ?)", 2, 3);
  }

  @Test
  void withChainsIntoOneWithClause() {
    CommonTableExpression<Record1<Integer>> a = DSL.name("a").fields("n").as(DSL.selectOne());
    CommonTableExpression<Record1<Integer>> b = DSL.name("b").fields("n").as(DSL.selectOne());

    assertRenders(
        DSL.with(a).with(b).selectFrom(a),
        "with \"a\" (\"n\") as (select ?), \"b\" (\"n\") as (select ?) select \"a\".\"n\" from \"a\"",
        1,
        1);
  }

  @Test
  void onDuplicateKeyIgnoreAndUpdateTargetThePrimaryKey() {
    assertRenders(
        DSL.insertInto(ALBUM).set(ALBUM.TITLE, "a").onDuplicateKeyIgnore(),
        "insert into \"album\" (\"title\") values (?) on conflict do nothing",
        "a");
    assertRenders(
        DSL.insertInto(ALBUM).set(ALBUM.TITLE, "a").onDuplicateKeyUpdate().set(ALBUM.TITLE, "b"),
        "insert into \"album\" (\"title\") values (?) on conflict (\"album_id\") do update set"
            + " \"title\" = ?",
        "a",
        "b");
  }

  @Test
  void returningResultRendersReturningOfTheFields() {
    assertRenders(
        DSL.insertInto(ALBUM).set(ALBUM.TITLE, "a").returningResult(ALBUM.ALBUM_ID),
        "insert into \"album\" (\"title\") values (?) returning \"album_id\"",
        "a");
    assertRenders(
        DSL.insertInto(ALBUM).set(ALBUM.TITLE, "a").returningResult(ALBUM.ALBUM_ID, ALBUM.TITLE),
        "insert into \"album\" (\"title\") values (?) returning \"album_id\", \"title\"",
        "a");
  }
}
