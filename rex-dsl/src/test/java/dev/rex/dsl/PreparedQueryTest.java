package dev.rex.dsl;

import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.fixtures.RecordingExecutor;
import dev.rex.dsl.impl.Queries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prepared queries without a database: what they render, bind and hand to an executor that keeps
 * the queries it runs (so each execution is a query object of its own), and on other dialects.
 */
class PreparedQueryTest {

  private final RecordingExecutor executor = new RecordingExecutor(PG);
  private final DSLContext db = executor.context();

  private Prepared1<Integer, AlbumRecord> byId() {
    return db.prepare(Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)));
  }

  @Test
  void rendersOnceAndBindsEachExecutionsValues() {
    Prepared1<Integer, AlbumRecord> byId = byId();
    executor.willReturn(new Object[] {7, "Kind of Blue", 1});
    executor.willReturn();

    AlbumRecord found = byId.fetchOne(7);
    AlbumRecord missing = byId.fetchOne(8);

    assertThat(found).isNotNull();
    assertThat(found.getTitle()).isEqualTo("Kind of Blue");
    assertThat(missing).isNull();
    assertThat(executor.statements()).extracting(RenderedQuery::sql).containsOnly(byId.sql());
    assertThat(executor.statements())
        .extracting(RenderedQuery::bindValues)
        .containsExactly(List.of(7), List.of(8));
    assertThat(byId.sql())
        .isEqualTo(db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1)).render(PG).sql());
    assertThat(byId.recordType()).isSameAs(ALBUM.recordType());
    assertThat(byId.toString()).contains(byId.sql());
  }

  @Test
  void runsOnAnyExecutorWithTheExecutorsOwnFetchOne() {
    Prepared2<Integer, String, AlbumRecord> byArtistAndTitle =
        db.prepare(
            Integer.class,
            String.class,
            (artist, title) ->
                db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(artist), ALBUM.TITLE.like(title)));
    executor.willReturn(new Object[] {1, "a", 1}, new Object[] {2, "b", 1});

    assertThatThrownBy(() -> byArtistAndTitle.fetchOne(1, "%"))
        .isInstanceOf(TooManyRowsException.class);
    assertThat(executor.fetchLimits()).containsExactly(2);
    assertThat(executor.statements().get(0).bindValues()).containsExactly(1, "%");
  }

  @Test
  void knowsAPrimaryKeyLookupAndASelectByItsTemplate() {
    assertThat(Queries.returnsAtMostOneRow(byId().bind(1))).isTrue();
    assertThat(Queries.isSelect(byId().bind(1))).isTrue();
    Prepared1<Integer, AlbumRecord> byArtist =
        db.prepare(Integer.class, a -> db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(a)));
    assertThat(Queries.returnsAtMostOneRow(byArtist.bind(1))).isFalse();
  }

  @Test
  void rendersAgainOnlyForAnotherDialect() {
    Prepared3<Integer, String, Integer, AlbumRecord> page =
        db.prepare(
            Integer.class,
            String.class,
            Integer.class,
            (artist, title, rows) ->
                db.selectFrom(ALBUM)
                    .where(ALBUM.ARTIST_ID.eq(artist).and(ALBUM.TITLE.ne(title)))
                    .orderBy(ALBUM.TITLE)
                    .offset(rows));
    RecordingExecutor sqlite = new RecordingExecutor(SQLITE);

    Prepared3<Integer, String, Integer, AlbumRecord> onSqlite = page.on(sqlite.context());
    onSqlite.fetch(1, "x", 5);

    assertThat(page.sql()).contains("\"album\"");
    assertThat(onSqlite.sql()).contains("`album`");
    assertThat(sqlite.statements().get(0).bindValues()).containsExactly(1, "x", 5);
    assertThat(page.bind(1, "x", 5).render(SQLITE).sql()).isEqualTo(onSqlite.sql());
    assertThat(page.on(db).sql()).isEqualTo(page.sql());
  }

  @Test
  void bindsTheSameValuesWhateverTheBoundQueryIsAskedFor() {
    ResultQuery<AlbumRecord> bound = byId().bind(3).fetchSize(50);

    assertThat(bound.render(PG).bindValues()).containsExactly(3);
    assertThat(bound.recordType()).isSameAs(ALBUM.recordType());
    assertThat(bound.fetch()).isEmpty();
    assertThat(executor.statements().get(0).bindValues()).containsExactly(3);
  }

  @Test
  void sizesTheRowsListByTheLimitItIsGiven() {
    Prepared1<Integer, AlbumRecord> page =
        db.prepare(Integer.class, rows -> db.selectFrom(ALBUM).limit(rows));
    Prepared1<Integer, AlbumRecord> firstTen =
        db.prepare(
            Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(id)).limit(10));

    assertThat(Queries.limitHint(page.bind(250))).isEqualTo(250);
    assertThat(Queries.limitHint(page.bind(-3))).isZero();
    assertThat(Queries.limitHint(firstTen.bind(1))).isEqualTo(10);
    assertThat(Queries.limitHint(byId().bind(1))).isZero();
  }

  @Test
  void keepsTheTemplatesFetchSize() {
    Prepared1<Integer, AlbumRecord> streamed =
        db.prepare(
            Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(id)).fetchSize(500));
    streamed.bind(1).stream().close();
    streamed.bind(1).fetchSize(20).stream().close();

    assertThat(executor.streamFetchSizes()).containsExactly(500, 20);
  }

  @Test
  void refusesAPlaceholderInAnInMemoryCondition() {
    List<Condition> escaped = new ArrayList<>();
    db.prepare(
        Integer.class,
        id -> {
          escaped.add(ALBUM.ALBUM_ID.eq(id));
          return db.selectFrom(ALBUM).where(escaped.get(0));
        });

    assertThatThrownBy(() -> RowPredicate.of(ALBUM, escaped.get(0), PG))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("prepared query's parameter");
  }

  @Test
  void refusesAQueryOfNoPlaceholderAndNullFromTheLambda() {
    assertThatThrownBy(() -> db.prepare(SQLDataType.INTEGER, id -> null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("built by Rex");
  }
}
