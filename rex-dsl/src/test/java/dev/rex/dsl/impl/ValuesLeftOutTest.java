package dev.rex.dsl.impl;

import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.fixtures.Album;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A query of a cached shape of one bind is bound from the shape's rendering without its value
 * ({@link RenderedQuery#withoutValues}) and its own model: each query still gets its own value, and
 * anyone but the binder sees the complete rendering.
 */
class ValuesLeftOutTest {

  /** An alias of its own per test, so that no other test's query has cached the shape. */
  private static Album fresh(String name) {
    return ALBUM.as(name + "_" + UUID.randomUUID());
  }

  private static Query byId(Album a, int id) {
    return selectFrom(a).where(a.ALBUM_ID.eq(id));
  }

  @Test
  void aRenderingWithoutValuesHasTheSqlTypesAndColumnsButRefusesToShowValues() {
    DataType<?>[] types = {SQLDataType.INTEGER};
    RenderedQuery left = RenderedQuery.withoutValues("select 1 where x = ?", types, null);

    assertThat(left.hasValues()).isFalse();
    assertThat(left.bindCount()).isOne();
    assertThat(left.bindType(0)).isEqualTo(SQLDataType.INTEGER);
    assertThat(left.bindColumn(0)).isNull();
    assertThat(left).hasToString("select 1 where x = ? [?]");
    assertThatThrownBy(() -> left.bindValue(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("select 1 where x = ?");
    assertThatThrownBy(left::bindValues).isInstanceOf(IllegalStateException.class);
    assertThat(RenderedQuery.ofOneValue("s ?", 1, types, null).hasValues()).isTrue();
  }

  @Test
  void aQueryOfACachedShapeOfOneBindIsBoundFromTheSharedRenderingAndItsOwnValue() {
    Album a = fresh("left_out");
    Query first = byId(a, 1);
    RenderedQuery firstRendering = QueryBinding.renderForBinding(first, PG);
    assertThat(firstRendering.hasValues()).isTrue(); // not cached yet: rendered in full
    assertThat(firstRendering.bindValues()).containsExactly(1);

    Query second = byId(a, 2);
    Query third = byId(a, 3);
    RenderedQuery forSecond = QueryBinding.renderForBinding(second, PG);
    RenderedQuery forThird = QueryBinding.renderForBinding(third, PG);

    assertThat(forSecond).isSameAs(forThird);
    assertThat(forSecond.hasValues()).isFalse();
    assertThat(forSecond.sql()).isSameAs(firstRendering.sql());
    assertThat(forSecond.bindColumn(0)).isEqualTo(firstRendering.bindColumn(0));
    assertThat(QueryBinding.bindValue(second, forSecond, 0, PG)).isEqualTo(2);
    assertThat(QueryBinding.bindValue(third, forThird, 0, PG)).isEqualTo(3);
    RenderedQuery complete = QueryBinding.complete(third, forThird, PG);
    assertThat(complete.hasValues()).isTrue();
    assertThat(complete.bindValues()).containsExactly(3);
    assertThat(complete.sql()).isEqualTo(forThird.sql());
  }

  @Test
  void aRenderingWithItsValuesIsBoundAndShownAsItIs() {
    Album a = fresh("full");
    Query query = byId(a, 7);
    RenderedQuery full = query.render(PG);

    assertThat(QueryBinding.bindValue(query, full, 0, PG)).isEqualTo(7);
    assertThat(QueryBinding.complete(query, full, PG)).isSameAs(full);
  }

  @Test
  void aQueryOfTheSameShapeWhoseBindIsForAnotherColumnNeedsItsOwnRendering() {
    Album a = fresh("other_column");
    byId(a, 1).render(SQLITE); // the shape's bind is for a's album_id column
    Query freeValue = selectFrom(a).where(a.ALBUM_ID.eq(val(5))); // equal shape, no column

    RenderedQuery shared = QueryBinding.renderForBinding(freeValue, SQLITE);

    assertThat(shared.hasValues()).isFalse();
    assertThat(QueryBinding.bindValue(freeValue, shared, 0, SQLITE))
        .isSameAs(QueryBinding.NOT_ITS_SHAPE);
    RenderedQuery own = QueryBinding.complete(freeValue, shared, SQLITE);
    assertThat(own.bindValues()).containsExactly(5);
    assertThat(own.bindColumn(0)).isNull();
    assertThat(shared.bindColumn(0)).isNotNull();
  }

  @Test
  void aShapeOfSeveralBindsIsStillRenderedWithItsValues() {
    Album a = fresh("two");
    Query query = selectFrom(a).where(a.ALBUM_ID.eq(1)).and(a.ARTIST_ID.eq(2));
    query.render(PG);

    RenderedQuery again =
        QueryBinding.renderForBinding(
            selectFrom(a).where(a.ALBUM_ID.eq(3)).and(a.ARTIST_ID.eq(4)), PG);

    assertThat(again.hasValues()).isTrue();
    assertThat(again.bindValues()).containsExactly(3, 4);
  }

  @Test
  void aWalkWithinAWalkForOneBindUsesItsOwnContext() {
    Album a = fresh("nested");
    Query outer = byId(a, 1);
    outer.render(PG);
    RenderedQuery shared = QueryBinding.renderForBinding(byId(a, 2), PG);
    DefaultRenderContext busy = DefaultRenderContext.reuseForOneBind(Renderer.BINDS, PG, shared);
    try {
      assertThat(QueryBinding.bindValue(byId(a, 9), shared, 0, PG)).isEqualTo(9);
    } finally {
      busy.release();
    }
  }
}
