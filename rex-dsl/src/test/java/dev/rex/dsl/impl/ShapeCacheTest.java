package dev.rex.dsl.impl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.excluded;
import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.partitionBy;
import static dev.rex.dsl.DSL.rowNumber;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.sum;
import static dev.rex.dsl.DSL.update;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.DSL.when;
import static dev.rex.dsl.DSL.with;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.fixtures.Album;
import dev.rex.dsl.spi.Dialect;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShapeCacheTest {

  /** A table alias no other test uses, so that the first rendering is surely a cache miss. */
  private static Album fresh() {
    return ALBUM.as("a_" + UUID.randomUUID());
  }

  private static Query byArtist(Album a, int artist, int limit) {
    return select(a.TITLE).from(a).where(a.ARTIST_ID.eq(artist)).limit(limit);
  }

  @Test
  void rendersTheSameShapeWithOtherValuesFromOneCacheEntry() {
    Album a = fresh();
    int before = Renderer.cachedShapes(PG);

    RenderedQuery first = byArtist(a, 1, 5).render(PG);
    assertThat(Renderer.cachedShapes(PG)).isEqualTo(before + 1);
    RenderedQuery second = byArtist(a, 2, 6).render(PG);

    assertThat(Renderer.cachedShapes(PG)).isEqualTo(before + 1);
    assertThat(second.sql()).isSameAs(first.sql());
    assertThat(first.bindValues()).containsExactly(1, 5);
    assertThat(second.bindValues()).containsExactly(2, 6);
    assertThat(second.bindType(0)).isEqualTo(SQLDataType.INTEGER);
  }

  @Test
  void aModelKeepsItsOwnCopyOfEveryListItWasBuiltFrom() {
    List<dev.rex.dsl.Field<?>> groupBy = new java.util.ArrayList<>(List.of(ALBUM.ARTIST_ID));
    SelectModel model =
        SelectModel.of(false, List.of(ALBUM.ARTIST_ID, count()))
            .withFrom(List.of(ALBUM))
            .withGroupBy(groupBy);
    SelectModel same =
        SelectModel.of(false, List.of(ALBUM.ARTIST_ID, count()))
            .withFrom(List.of(ALBUM))
            .withGroupBy(List.of(ALBUM.ARTIST_ID));

    groupBy.add(ALBUM.TITLE);

    assertThat(model.groupBy()).containsExactly(ALBUM.ARTIST_ID);
    assertThat(model).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(new RawSqlScanner.Scan(new java.util.ArrayList<>(List.of("a")), 1).pieces())
        .isUnmodifiable();
  }

  @Test
  void cachesEachDialectApart() {
    Album a = fresh();
    int postgres = Renderer.cachedShapes(PG);
    int sqlite = Renderer.cachedShapes(SQLITE);

    byArtist(a, 1, 1).render(PG);
    byArtist(a, 1, 1).render(SQLITE);

    assertThat(Renderer.cachedShapes(PG)).isEqualTo(postgres + 1);
    assertThat(Renderer.cachedShapes(SQLITE)).isEqualTo(sqlite + 1);
  }

  @Test
  void rendersInListsOfOtherLengthsAsOtherShapes() {
    Album a = fresh();
    int before = Renderer.cachedShapes(PG);

    String two = select(a.TITLE).from(a).where(a.ALBUM_ID.in(1, 2)).render(PG).sql();
    String three = select(a.TITLE).from(a).where(a.ALBUM_ID.in(1, 2, 3)).render(PG).sql();
    String twoAgain = select(a.TITLE).from(a).where(a.ALBUM_ID.in(8, 9)).render(PG).sql();

    assertThat(two).endsWith("in (?, ?)");
    assertThat(three).endsWith("in (?, ?, ?)");
    assertThat(twoAgain).isEqualTo(two);
    assertThat(Renderer.cachedShapes(PG)).isEqualTo(before + 2);
  }

  @Test
  void rendersOtherAliasesAndNullComparisonsAsOtherShapes() {
    Album a = fresh();
    Album b = fresh();
    assertThat(byArtist(a, 1, 1).render(PG).sql()).isNotEqualTo(byArtist(b, 1, 1).render(PG).sql());
    assertThat(Queries.shape(byArtist(a, 1, 1))).isEqualTo(Queries.shape(byArtist(a, 7, 9)));
    assertThat(Queries.shape(byArtist(a, 1, 1))).isNotEqualTo(Queries.shape(byArtist(b, 1, 1)));

    String equal = select(a.TITLE).from(a).where(a.TITLE.eq("x")).render(PG).sql();
    String isNull = select(a.TITLE).from(a).where(a.TITLE.eq((String) null)).render(PG).sql();
    assertThat(equal).endsWith("= ?");
    assertThat(isNull).endsWith("is null");
  }

  @Test
  void comparesBindValuesByTypeOnly() {
    assertThat(val(1)).isEqualTo(val(2)).hasSameHashCodeAs(val(2));
    assertThat(val(1)).isNotEqualTo(val(1L));
    assertThat(val("a")).isNotEqualTo(val(1));
    assertThat(ALBUM.TITLE.eq("a")).isEqualTo(ALBUM.TITLE.eq("b"));
    assertThat(ALBUM.TITLE.eq("a")).isNotEqualTo(ALBUM.TITLE.ne("a"));
  }

  @Test
  void collectsBindsOnACacheHitInPlaceholderOrder() {
    Album a = fresh();
    Query miss = complex(a, "m", 10, new BigDecimal("1.00"), 2, 3, 4);
    Query hit = complex(a, "h", 20, new BigDecimal("2.00"), 5, 6, 7);
    for (Dialect dialect : List.of(PG, SQLITE)) {
      miss.render(dialect);
      RenderedQuery cached = hit.render(dialect);
      RenderedQuery full = fullRendering(hit, dialect);

      assertThat(cached.sql()).isEqualTo(full.sql());
      assertThat(cached.bindValues())
          .containsExactly(20, "h", 5, 1, new BigDecimal("2.00"), 6, "h", 7)
          .isEqualTo(full.bindValues());
    }
  }

  /** A CTE, a join, a scalar subquery, HAVING and LIMIT, each with its own bind values. */
  private static Query complex(
      Album a, String label, int minTracks, BigDecimal price, int genre, int having, int limit) {
    var big =
        name("big")
            .as(
                select(TRACK.ALBUM_ID, count().as("n"))
                    .from(TRACK)
                    .groupBy(TRACK.ALBUM_ID)
                    .having(count().gt(minTracks)));
    var priced = select(count()).from(TRACK).where(TRACK.ALBUM_ID.eq(a.ALBUM_ID));
    return with(big)
        .select(val(label), a.TITLE, field(priced.and(TRACK.GENRE_ID.eq(genre))))
        .from(a)
        .join(big)
        .on(
            big.field(TRACK.ALBUM_ID).eq(a.ALBUM_ID),
            exists(select(val(1)).from(TRACK).where(TRACK.UNIT_PRICE.gt(price))))
        .groupBy(a.TITLE)
        .having(count().gt(having), a.TITLE.ne(label))
        .orderBy(a.TITLE)
        .limit(limit);
  }

  @Test
  void bindsOnlyWalkMatchesRenderingForEveryKindOfStatement() {
    List<Query> queries =
        List.of(
            insertInto(ARTIST)
                .set(ARTIST.ARTIST_ID, 1)
                .set(ARTIST.NAME, "n")
                .onConflict(ARTIST.ARTIST_ID)
                .doUpdate()
                .set(ARTIST.NAME, excluded(ARTIST.NAME))
                .where(ARTIST.NAME.ne("k"))
                .returning(ARTIST.ARTIST_ID),
            update(TRACK)
                .set(TRACK.NAME, when(TRACK.BYTES.gt(5), "big").otherwise("small"))
                .from(ALBUM)
                .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID), ALBUM.TITLE.like("x%"))
                .returning(),
            select(ALBUM.TITLE)
                .from(ALBUM)
                .where(ALBUM.ARTIST_ID.eq(1))
                .orderBy(ALBUM.TITLE)
                .limit(2)
                .union(select(ARTIST.NAME).from(ARTIST).where(ARTIST.NAME.ne("z")).offset(3))
                .orderBy(ALBUM.TITLE)
                .limit(4),
            select(
                    val(9),
                    sum(TRACK.BYTES.plus(7)).over(partitionBy(TRACK.ALBUM_ID)),
                    rowNumber().over())
                .from(TRACK)
                .where(TRACK.NAME.likeIgnoreCase("q%"), TRACK.GENRE_ID.between(1, 2)));
    for (Query query : queries) {
      for (Dialect dialect : List.of(PG, SQLITE)) {
        RenderedQuery full = fullRendering(query, dialect);
        DefaultRenderContext binds = DefaultRenderContext.bindsOnly(dialect);
        query.accept(binds);
        assertThat(binds.sql()).isEmpty();
        assertThat(binds.rendersSql()).isFalse();
        assertThat(binds.result(full.sql()).bindValues()).isEqualTo(full.bindValues());
      }
    }
  }

  private static RenderedQuery fullRendering(Query query, Dialect dialect) {
    DefaultRenderContext context = DefaultRenderContext.rendering(dialect);
    query.accept(context);
    assertThat(context.rendersSql()).isTrue();
    assertThat(context.dialect()).isSameAs(dialect);
    return context.result(context.sql());
  }

  @Test
  void dropsTheLeastRecentlyUsedTenthWhenFullAndKeepsTheShapesInUse() {
    SqlCache cache = new SqlCache(100);
    for (int i = 0; i < 100; i++) {
      cache.put(i, shape("select " + i));
    }
    for (int i = 0; i < 10; i++) {
      assertThat(cache.get(i)).isNotNull(); // the ten oldest are used again
    }
    assertThat(cache.size()).isEqualTo(100);

    cache.put("one more", shape("select x"));

    assertThat(cache.size()).isEqualTo(90);
    assertThat(cache.get("one more").sql).isEqualTo("select x");
    for (int i = 0; i < 10; i++) {
      assertThat(cache.get(i).sql).isEqualTo("select " + i);
    }
    for (int i = 10; i < 21; i++) {
      assertThat(cache.get(i)).as("least recently used: %s", i).isNull();
    }
    assertThat(cache.get(21).sql).isEqualTo("select 21");
  }

  @Test
  void neverHoldsMoreShapesThanItsBound() {
    SqlCache cache = new SqlCache(SqlCache.MAX_ENTRIES);
    for (int i = 0; i < 3 * SqlCache.MAX_ENTRIES; i++) {
      cache.put(i, shape("select " + i));
      assertThat(cache.size()).isLessThanOrEqualTo(SqlCache.MAX_ENTRIES);
    }
    assertThat(cache.get(3 * SqlCache.MAX_ENTRIES - 1).sql)
        .isEqualTo("select " + (3 * SqlCache.MAX_ENTRIES - 1));
  }

  private static RenderedShape shape(String sql) {
    return new RenderedShape(sql, new dev.rex.dsl.DataType<?>[0], null);
  }

  @Test
  void shapeOfAQueryRexDidNotBuildIsTheQueryItself() {
    Query foreign =
        (Query)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Query.class}, (p, m, args) -> 0);
    assertThat(Queries.shape(foreign)).isSameAs(foreign);
    var insert = insertInto(ARTIST).set(ARTIST.NAME, "x");
    assertThat(Queries.shape(insert)).isInstanceOf(InsertModel.class);
  }

  @Test
  void bindValuesNameTheColumnTheyAreForWithoutChangingTheShape() {
    Album a = fresh();
    RenderedQuery compared =
        select(a.TITLE)
            .from(a)
            .where(a.TITLE.eq("x"))
            .and(a.ARTIST_ID.in(1, 2))
            .and(a.ALBUM_ID.eq(val(3)))
            .render(PG);
    int shapes = Renderer.cachedShapes(PG);
    RenderedQuery free =
        select(a.TITLE)
            .from(a)
            .where(a.TITLE.eq(val("y")))
            .and(a.ARTIST_ID.in(1, 2))
            .and(a.ALBUM_ID.eq(val(3, a.ALBUM_ID)))
            .render(PG);

    assertThat(Renderer.cachedShapes(PG)).isEqualTo(shapes);
    assertThat(free.sql()).isSameAs(compared.sql());
    assertThat(List.of(0, 1, 2, 3).stream().map(compared::bindColumn))
        .containsExactly("album.title", "album.artist_id", "album.artist_id", null);
    assertThat(List.of(0, 1, 2, 3).stream().map(free::bindColumn))
        .containsExactly(null, "album.artist_id", "album.artist_id", "album.album_id");
    assertThat(insertInto(ARTIST).set(ARTIST.NAME, "n").render(SQLITE).bindColumn(0))
        .isEqualTo("artist.name");
    assertThat(insertInto(ARTIST, ARTIST.NAME).values("n").render(SQLITE).bindColumn(0))
        .isEqualTo("artist.name");
    assertThat(update(ARTIST).set(ARTIST.NAME, "n").render(SQLITE).bindColumn(0))
        .isEqualTo("artist.name");
    assertThat(select(val(1)).render(SQLITE).bindColumn(0)).isNull();
    assertThat(select(val(1)).render(SQLITE).bindColumn(5)).isNull();
  }
}
