package dev.rex.dsl.impl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectConditionStep;
import dev.rex.dsl.fixtures.Album;
import dev.rex.dsl.fixtures.AlbumRecord;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The first WHERE of a query with nothing after it stays beside the step it was given to ({@link
 * SelectWhere}) until something needs the whole model: the query must render, bind, compare, read
 * and go on exactly as the {@link SelectImpl} with that WHERE in its model does.
 */
class SelectWhereTest {

  /** An alias of its own per test, so that no other test's query has cached the shape. */
  private static Album fresh() {
    return ALBUM.as("p_" + UUID.randomUUID());
  }

  private static String alias(Album a) {
    return java.util.Objects.requireNonNull(a.getAlias());
  }

  /** The same query with its WHERE in its model: {@code where(c, ...)} always builds one. */
  private static dev.rex.dsl.Select<?> whole(Album a, Condition condition) {
    return selectFrom(a).where(new Condition[] {condition});
  }

  @Test
  void rendersAndSharesItsShapeWithTheQueryWhoseModelHoldsTheWhere() {
    Album a = fresh();
    int before = Renderer.cachedShapes(PG);

    RenderedQuery pending = selectFrom(a).where(a.ALBUM_ID.eq(1)).render(PG);
    RenderedQuery full = whole(a, a.ALBUM_ID.eq(2)).render(PG);

    assertThat(full.sql())
        .isSameAs(pending.sql())
        .endsWith("where \"" + alias(a) + "\".\"album_id\" = ?");
    assertThat(pending.bindValues()).containsExactly(1);
    assertThat(full.bindValues()).containsExactly(2);
    assertThat(Renderer.cachedShapes(PG)).isEqualTo(before + 1);
    assertThat(Queries.model(selectFrom(a).where(a.ALBUM_ID.eq(1))))
        .isEqualTo(Queries.model(whole(a, a.ALBUM_ID.eq(3))));
  }

  @Test
  void findsTheShapeAQueryWithTheWholeModelCachedAndBindsItsOwnValue() {
    Album a = fresh();
    whole(a, a.TITLE.eq("x")).render(SQLITE);

    Query pending = selectFrom(a).where(a.TITLE.eq("Facelift"));
    RenderedQuery shared = QueryBinding.renderForBinding(pending, SQLITE);

    assertThat(shared.hasValues()).isFalse();
    assertThat(QueryBinding.bindValue(pending, shared, 0, SQLITE)).isEqualTo("Facelift");
    assertThat(QueryBinding.complete(pending, shared, SQLITE).bindValues())
        .containsExactly("Facelift");
  }

  @Test
  void aProbeHashesAndComparesAsTheModelItStandsFor() {
    Album a = fresh();
    SelectModel from = Queries.model(selectFrom(a));
    Condition where = a.ARTIST_ID.eq(4);
    SelectModel model = from.withWhere(where);
    SqlCache cache = new SqlCache(10);
    RenderedShape shape = new RenderedShape("s", new dev.rex.dsl.DataType<?>[0], null);
    cache.put(model, shape);

    assertThat(WhereProbe.lookUp(cache, from, a.ARTIST_ID.eq(9))).isSameAs(shape);
    assertThat(WhereProbe.lookUp(cache, from, a.ARTIST_ID.ne(9))).isNull();
    assertThat(WhereProbe.lookUp(cache, Queries.model(selectFrom(fresh())), where)).isNull();
    assertThat(from.hashWithWhere(a.ARTIST_ID.eq(9))).isEqualTo(model.hashCode());
  }

  @Test
  void bindsTheValuesOfTheStepBeforeItsWhereFirst() {
    Album a = fresh();
    // one bind in the SELECT list, none in WHERE: still one bind, bound from the shared rendering
    Query first = select(val(5).as("five"), a.TITLE).from(a).where(a.TITLE.isNull());
    first.render(PG);
    Query second = select(val(6).as("five"), a.TITLE).from(a).where(a.TITLE.isNull());
    RenderedQuery shared = QueryBinding.renderForBinding(second, PG);

    assertThat(shared.hasValues()).isFalse();
    assertThat(QueryBinding.bindValue(second, shared, 0, PG)).isEqualTo(6);

    // binds before and in WHERE: rendered with its values, in placeholder order
    Query both = select(val(7).as("seven"), a.TITLE).from(a).where(a.ALBUM_ID.eq(8));
    assertThat(QueryBinding.renderForBinding(both, PG).bindValues()).containsExactly(7, 8);
    assertThat(QueryBinding.renderForBinding(both, PG).bindValues()).containsExactly(7, 8);
  }

  @Test
  void everyLaterStepBuildsOnTheWholeModel() {
    Album a = fresh();

    RenderedQuery extended =
        selectFrom(a)
            .where(a.ARTIST_ID.eq(1))
            .and(a.TITLE.eq("t"))
            .orderBy(a.TITLE)
            .limit(3)
            .render(PG);
    RenderedQuery sized = selectFrom(a).where(a.ARTIST_ID.eq(2)).fetchSize(50).render(PG);
    RenderedQuery inSubquery =
        selectFrom(ARTIST)
            .where(ARTIST.ARTIST_ID.in(select(a.ARTIST_ID).from(a).where(a.TITLE.eq("u"))))
            .render(PG);

    assertThat(extended.sql()).contains("where (").contains(" and ").contains("order by");
    assertThat(extended.bindValues()).containsExactly(1, "t", 3);
    assertThat(sized.bindValues()).containsExactly(2);
    assertThat(sized.sql()).endsWith("\"artist_id\" = ?");
    assertThat(inSubquery.bindValues()).containsExactly("u");
    assertThat(inSubquery.sql()).contains("in (select");
  }

  @Test
  void everyStepAfterItIsTheStepAfterTheWholeQuery() {
    Album a = fresh();
    Select<?> other = selectFrom(a).where(a.ARTIST_ID.eq(9));
    List<Function<SelectConditionStep<AlbumRecord>, Query>> next =
        List.of(
            q -> q.and(a.TITLE.eq("x")),
            q -> q.andNot(a.TITLE.eq("x")),
            q -> q.or(a.TITLE.eq("x")),
            q -> q.orNot(a.TITLE.eq("x")),
            q -> q.groupBy(a.ALBUM_ID, a.TITLE, a.ARTIST_ID),
            q -> q.groupBy(List.of(a.ALBUM_ID, a.TITLE, a.ARTIST_ID)).having(count().gt(1)),
            q -> q.orderBy(a.TITLE),
            q -> q.orderBy(List.of(a.TITLE.desc())),
            q -> q.limit(2),
            q -> q.limit(val(3)),
            q -> q.offset(4),
            q -> q.offset(val(5)),
            q -> q.union((Select<AlbumRecord>) other),
            q -> q.unionAll((Select<AlbumRecord>) other),
            q -> q.intersect((Select<AlbumRecord>) other),
            q -> q.except((Select<AlbumRecord>) other),
            q -> selectFrom(q.asTable("t")),
            q -> q.fetchSize(10));
    for (Function<SelectConditionStep<AlbumRecord>, Query> step : next) {
      SelectConditionStep<AlbumRecord> kept = selectFrom(a).where(a.ALBUM_ID.eq(1));
      SelectConditionStep<AlbumRecord> whole =
          selectFrom(a).where(new Condition[] {a.ALBUM_ID.eq(1)});
      assertThat(kept).isInstanceOf(SelectWhere.class);
      assertThat(whole).isInstanceOf(SelectImpl.class);

      RenderedQuery fromKept = step.apply(kept).render(PG);
      RenderedQuery fromWhole = step.apply(whole).render(PG);

      assertThat(fromKept.sql()).isEqualTo(fromWhole.sql());
      assertThat(fromKept.bindValues()).isEqualTo(fromWhole.bindValues());
    }
    assertThat(selectFrom(a).where(a.ALBUM_ID.eq(1)).recordType())
        .isSameAs(selectFrom(a).recordType());
  }

  @Test
  void aStepWithClausesAfterWhereTakesItsWhereIntoItsModelAtOnce() {
    Album a = fresh();
    SelectImpl<?> ordered = (SelectImpl<?>) selectFrom(a).orderBy(a.TITLE);

    RenderedQuery rendered = ordered.where(a.ALBUM_ID.eq(5)).render(PG);

    assertThat(rendered.sql())
        .contains("where")
        .endsWith("order by \"" + alias(a) + "\".\"title\"");
    assertThat(rendered.bindValues()).containsExactly(5);
  }

  @Test
  void tellsALookupByPrimaryKeyWithoutMakingAModel() {
    Album a = fresh();

    assertThat(Queries.returnsAtMostOneRow(selectFrom(a).where(a.ALBUM_ID.eq(1)))).isTrue();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(a).where(a.TITLE.eq("x")))).isFalse();
    assertThat(Queries.limitHint(selectFrom(a).where(a.ALBUM_ID.eq(1)))).isZero();
    assertThat(Queries.limitHint(selectFrom(a).where(a.ALBUM_ID.eq(1)).limit(4))).isEqualTo(4);
    assertThat(Queries.isSelect(selectFrom(a).where(a.ALBUM_ID.eq(1)))).isTrue();
  }
}
