package dev.rex.dsl;

import static dev.rex.dsl.DSL.and;
import static dev.rex.dsl.DSL.falseCondition;
import static dev.rex.dsl.DSL.noCondition;
import static dev.rex.dsl.DSL.not;
import static dev.rex.dsl.DSL.or;
import static dev.rex.dsl.DSL.trueCondition;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.assertCondition;
import static dev.rex.dsl.fixtures.Rendering.condition;
import static dev.rex.dsl.fixtures.Tables.INVOICE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionRenderingTest {

  @Test
  void rendersComparisonsWithValues() {
    assertCondition(TRACK.GENRE_ID.eq(1), "\"track\".\"genre_id\" = ?", 1);
    assertCondition(TRACK.GENRE_ID.ne(2), "\"track\".\"genre_id\" <> ?", 2);
    assertCondition(TRACK.GENRE_ID.gt(3), "\"track\".\"genre_id\" > ?", 3);
    assertCondition(TRACK.GENRE_ID.ge(4), "\"track\".\"genre_id\" >= ?", 4);
    assertCondition(TRACK.GENRE_ID.lt(5), "\"track\".\"genre_id\" < ?", 5);
    assertCondition(TRACK.GENRE_ID.le(6), "\"track\".\"genre_id\" <= ?", 6);
  }

  @Test
  void rendersComparisonsWithFields() {
    assertCondition(
        TRACK.GENRE_ID.eq(TRACK.ALBUM_ID), "\"track\".\"genre_id\" = \"track\".\"album_id\"");
    assertCondition(
        TRACK.GENRE_ID.ne(TRACK.ALBUM_ID), "\"track\".\"genre_id\" <> \"track\".\"album_id\"");
    assertCondition(
        TRACK.GENRE_ID.gt(TRACK.ALBUM_ID), "\"track\".\"genre_id\" > \"track\".\"album_id\"");
    assertCondition(
        TRACK.GENRE_ID.ge(TRACK.ALBUM_ID), "\"track\".\"genre_id\" >= \"track\".\"album_id\"");
    assertCondition(
        TRACK.GENRE_ID.lt(TRACK.ALBUM_ID), "\"track\".\"genre_id\" < \"track\".\"album_id\"");
    assertCondition(
        TRACK.GENRE_ID.le(TRACK.ALBUM_ID), "\"track\".\"genre_id\" <= \"track\".\"album_id\"");
  }

  @Test
  void rendersEqualityWithNullAsIsNull() {
    assertCondition(TRACK.COMPOSER.eq((String) null), "\"track\".\"composer\" is null");
    assertCondition(TRACK.COMPOSER.ne((String) null), "\"track\".\"composer\" is not null");
    assertCondition(TRACK.COMPOSER.isNull(), "\"track\".\"composer\" is null");
    assertCondition(TRACK.COMPOSER.isNotNull(), "\"track\".\"composer\" is not null");
  }

  @Test
  void rendersBetweenValuesAndFields() {
    LocalDateTime from = LocalDateTime.of(2021, 1, 1, 0, 0);
    LocalDateTime to = LocalDateTime.of(2021, 12, 31, 23, 59);
    assertCondition(
        INVOICE.INVOICE_DATE.between(from, to),
        "\"invoice\".\"invoice_date\" between ? and ?",
        from,
        to);
    assertCondition(
        TRACK.BYTES.between(TRACK.GENRE_ID, val(9)),
        "\"track\".\"bytes\" between \"track\".\"genre_id\" and ?",
        9);
  }

  @Test
  void rendersLikeAndNotLike() {
    assertCondition(TRACK.NAME.like("A%"), "\"track\".\"name\" like ?", "A%");
    assertCondition(
        TRACK.NAME.like(TRACK.COMPOSER), "\"track\".\"name\" like \"track\".\"composer\"");
    assertCondition(TRACK.NAME.notLike("_b"), "\"track\".\"name\" not like ?", "_b");
  }

  @Test
  void rendersLikeIgnoreCaseAsIlikeOnPostgres() {
    assertThat(condition(TRACK.NAME.likeIgnoreCase("a%"), PG).sql())
        .isEqualTo("\"track\".\"name\" ilike ?");
    assertThat(condition(TRACK.NAME.notLikeIgnoreCase("a%"), PG).sql())
        .isEqualTo("\"track\".\"name\" not ilike ?");
  }

  @Test
  void rendersLikeIgnoreCaseAsLowerLikeLowerOnSqlite() {
    RenderedQuery like = condition(TRACK.NAME.likeIgnoreCase("A%"), SQLITE);
    assertThat(like.sql()).isEqualTo("lower(`track`.`name`) like lower(?)");
    assertThat(like.bindValues()).containsExactly("A%");
    assertThat(condition(TRACK.NAME.notLikeIgnoreCase("A%"), SQLITE).sql())
        .isEqualTo("lower(`track`.`name`) not like lower(?)");
  }

  @Test
  void combinesConditionsWithAndOrNot() {
    Condition a = TRACK.GENRE_ID.eq(1);
    Condition b = TRACK.BYTES.gt(2);
    Condition c = TRACK.NAME.like("c");

    assertCondition(
        a.and(b).and(c),
        "(\"track\".\"genre_id\" = ? and \"track\".\"bytes\" > ? and \"track\".\"name\" like ?)",
        1,
        2,
        "c");
    assertCondition(
        a.or(b).and(c),
        "((\"track\".\"genre_id\" = ? or \"track\".\"bytes\" > ?) and \"track\".\"name\" like ?)",
        1,
        2,
        "c");
    assertCondition(
        a.andNot(b).orNot(c),
        "((\"track\".\"genre_id\" = ? and not (\"track\".\"bytes\" > ?)) or not"
            + " (\"track\".\"name\" like ?))",
        1,
        2,
        "c");
    assertCondition(not(a), "not (\"track\".\"genre_id\" = ?)", 1);
    assertThat(not(not(a))).isSameAs(a);
  }

  @Test
  void combinesArraysAndCollectionsOfConditions() {
    Condition a = TRACK.GENRE_ID.eq(1);
    Condition b = TRACK.BYTES.gt(2);
    assertCondition(and(a, b), "(\"track\".\"genre_id\" = ? and \"track\".\"bytes\" > ?)", 1, 2);
    assertCondition(
        or(List.of(a, b)), "(\"track\".\"genre_id\" = ? or \"track\".\"bytes\" > ?)", 1, 2);
    assertCondition(and(List.of(a)), "\"track\".\"genre_id\" = ?", 1);
    assertThat(and()).isSameAs(noCondition());
    assertThat(or()).isSameAs(noCondition());
  }

  @Test
  void noConditionVanishesWhenCombined() {
    Condition a = TRACK.GENRE_ID.eq(1);
    assertThat(noCondition().and(a)).isSameAs(a);
    assertThat(noCondition().or(a)).isSameAs(a);
    assertThat(a.and(noCondition())).isSameAs(a);
    assertThat(noCondition().not()).isSameAs(noCondition());
    assertCondition(noCondition().andNot(a), "not (\"track\".\"genre_id\" = ?)", 1);
    assertThat(noCondition().toString()).isEqualTo("1 = 1");
  }

  @Test
  void rendersConstantConditions() {
    assertCondition(trueCondition(), "1 = 1");
    assertCondition(falseCondition(), "1 = 0");
    assertThat(trueCondition().not()).isSameAs(falseCondition());
    assertThat(falseCondition().not()).isSameAs(trueCondition());
    assertCondition(
        trueCondition().and(TRACK.BYTES.isNull()), "(1 = 1 and \"track\".\"bytes\" is null)");
  }

  @Test
  void comparesDecimalsAsBindValues() {
    assertCondition(
        INVOICE.TOTAL.ge(new BigDecimal("0.99")),
        "\"invoice\".\"total\" >= ?",
        new BigDecimal("0.99"));
  }
}
