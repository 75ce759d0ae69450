package dev.rex.dsl.impl;

import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.upper;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.fixtures.Album;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A lookup {@code selectFrom(table).where(column op value)} of the shape its table rendered last is
 * found by its table's record type and bound from its own comparison ({@link LookupShape}): each
 * lookup still renders its own shape's SQL, in its own dialect, with its own value.
 */
class LookupShapeTest {

  /** An alias of its own per test, so that no other test's query has cached the shape. */
  private static Album fresh() {
    return ALBUM.as("k_" + UUID.randomUUID());
  }

  /** The shape {@code a}'s record type keeps, if it is that of {@code query}'s WHERE. */
  private static @Nullable LookupShape kept(Album a, Condition where) {
    SelectModel model = ((TableRecordType<?>) a.recordType()).selectAllFrom(a);
    return ((TableRecordType<?>) a.recordType())
        .lastLookup(java.util.Objects.requireNonNull(model), (ValueComparison<?>) where);
  }

  /** Renders {@code query} for binding and binds it, as a runtime does. */
  private static Object bound(Query query, RenderedQuery rendered) {
    return java.util.Objects.requireNonNull(QueryBinding.bindValue(query, rendered, 0, SQLITE));
  }

  @Test
  void aLookupOfTheShapeRenderedLastTakesItsRenderingAndBindsItsOwnValue() {
    Album a = fresh();
    Condition firstWhere = a.TITLE.eq("Facelift");
    Query first = selectFrom(a).where(firstWhere);
    QueryBinding.renderForBinding(first, SQLITE); // not cached yet: rendered with its value
    assertThat(kept(a, firstWhere)).isNull();

    Query second = selectFrom(a).where(a.TITLE.eq("Jagged Little Pill"));
    RenderedQuery shared = QueryBinding.renderForBinding(second, SQLITE);
    Condition thirdWhere = a.TITLE.eq("Let There Be Rock");
    Query third = selectFrom(a).where(thirdWhere);
    RenderedQuery again = QueryBinding.renderForBinding(third, SQLITE);

    LookupShape shape = kept(a, thirdWhere);
    assertThat(shape).isNotNull();
    assertThat(again).isSameAs(shared).isSameAs(shape.rendered);
    assertThat(again.hasValues()).isFalse();
    assertThat(bound(third, again)).isEqualTo("Let There Be Rock");
    assertThat(bound(second, shared)).isEqualTo("Jagged Little Pill");
    assertThat(QueryBinding.complete(third, again, SQLITE).bindValues())
        .containsExactly("Let There Be Rock");
  }

  @Test
  void lookupsOfShapesThatTakeTurnsEachRenderTheirOwnSqlAndTellAKeyLookup() {
    Album a = fresh();
    for (int round = 0; round < 3; round++) {
      ResultQuery<?> byId = selectFrom(a).where(a.ALBUM_ID.eq(round));
      ResultQuery<?> byTitle = selectFrom(a).where(a.TITLE.eq("t" + round));
      ResultQuery<?> after = selectFrom(a).where(a.ALBUM_ID.gt(round));

      assertThat(Queries.returnsAtMostOneRow(byId)).isTrue();
      RenderedQuery idSql = QueryBinding.renderForBinding(byId, SQLITE);
      assertThat(Queries.returnsAtMostOneRow(byTitle)).isFalse();
      RenderedQuery titleSql = QueryBinding.renderForBinding(byTitle, SQLITE);
      assertThat(Queries.returnsAtMostOneRow(after)).isFalse();
      RenderedQuery afterSql = QueryBinding.renderForBinding(after, SQLITE);

      assertThat(idSql.sql()).endsWith(".`album_id` = ?");
      assertThat(titleSql.sql()).endsWith(".`title` = ?");
      assertThat(afterSql.sql()).endsWith(".`album_id` > ?");
      assertThat(bound(byId, idSql)).isEqualTo(round);
      assertThat(bound(byTitle, titleSql)).isEqualTo("t" + round);
      assertThat(bound(after, afterSql)).isEqualTo(round);
      assertThat(Queries.returnsAtMostOneRow(after)).isFalse();
      assertThat(Queries.returnsAtMostOneRow(byId)).isTrue();
    }
  }

  @Test
  void aShapeKeptForOneDialectIsRenderedAgainForAnother() {
    Album a = fresh();
    for (int i = 0; i < 2; i++) {
      QueryBinding.renderForBinding(selectFrom(a).where(a.ALBUM_ID.eq(i)), SQLITE);
    }
    Condition where = a.ALBUM_ID.eq(7);
    assertThat(kept(a, where)).isNotNull();

    Query query = selectFrom(a).where(where);
    RenderedQuery postgres = QueryBinding.renderForBinding(query, PG);
    RenderedQuery sqlite = QueryBinding.renderForBinding(query, SQLITE);

    assertThat(postgres.sql()).isEqualTo(query.render(PG).sql());
    assertThat(sqlite.sql()).isEqualTo(query.render(SQLITE).sql());
    assertThat(QueryBinding.bindValue(query, postgres, 0, PG)).isEqualTo(7);
    assertThat(QueryBinding.bindValue(query, sqlite, 0, SQLITE)).isEqualTo(7);
  }

  @Test
  void aShapeWhoseBindIsNotTheColumnsIsNotKeptAndItsLookupsBindTheirOwnRendering() {
    Album a = fresh();
    // rendered first: the shape's one bind is a value of no column
    selectFrom(a).where(a.ALBUM_ID.eq(val(1))).render(SQLITE);

    Condition where = a.ALBUM_ID.eq(2);
    Query lookup = selectFrom(a).where(where);
    RenderedQuery rendered = QueryBinding.renderForBinding(lookup, SQLITE);

    assertThat(kept(a, where)).isNull();
    assertThat(QueryBinding.bindValue(lookup, rendered, 0, SQLITE))
        .isSameAs(QueryBinding.NOT_ITS_SHAPE);
    assertThat(QueryBinding.complete(lookup, rendered, SQLITE).bindValues()).containsExactly(2);
  }

  @Test
  void neitherAComparedExpressionNorAQueryOfSomeColumnsReplacesTheKeptShape() {
    Album a = fresh();
    for (int i = 0; i < 2; i++) {
      QueryBinding.renderForBinding(selectFrom(a).where(a.ALBUM_ID.eq(i)), SQLITE);
    }
    for (int i = 0; i < 2; i++) {
      Query shouted = selectFrom(a).where(upper(a.TITLE).eq("X" + i));
      RenderedQuery rendered = QueryBinding.renderForBinding(shouted, SQLITE);
      assertThat(QueryBinding.complete(shouted, rendered, SQLITE).bindValues())
          .containsExactly("X" + i);
      Query titles = select(a.TITLE).from(a).where(a.ALBUM_ID.eq(i));
      RenderedQuery some = QueryBinding.renderForBinding(titles, SQLITE);
      assertThat(QueryBinding.complete(titles, some, SQLITE).bindValues()).containsExactly(i);
    }

    assertThat(kept(a, a.ALBUM_ID.eq(3))).isNotNull();
    assertThat(kept(a, a.ALBUM_ID.gt(3))).isNull();
  }
}
