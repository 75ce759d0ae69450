package dev.rex.suites;

import static dev.rex.dsl.DSL.condition;
import static dev.rex.dsl.DSL.val;
import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Field;
import dev.rex.dsl.Prepared1;
import dev.rex.dsl.Prepared2;
import dev.rex.dsl.Prepared3;
import dev.rex.dsl.Record;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.exception.NoDataFoundException;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import dev.rex.testing.DatabaseTest;
import dev.rex.testing.Pools;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prepared queries ({@code db.prepare}): built and rendered once, run with only their values, with
 * the same results and the same execution (transactions, listeners, cache, errors) as the query
 * built per call.
 */
public abstract class PreparedQueriesSuite extends DatabaseTest {

  private Prepared1<Integer, AlbumRecord> byId;

  @BeforeEach
  void insertMusic() {
    db.execute("insert into artist (name) values (?), (?), (?)", "Miles Davis", "Nina", "Björk");
    db.execute(
        "insert into album (title, artist_id, released, price) values"
            + " (?, 1, ?, ?), (?, 1, ?, ?), (?, 2, ?, ?), (?, 1, ?, ?)",
        "Kind of Blue",
        LocalDate.of(1959, 8, 17),
        new BigDecimal("0.99"),
        "Bitches Brew",
        LocalDate.of(1970, 3, 30),
        new BigDecimal("12.50"),
        "Pastel Blues",
        LocalDate.of(1965, 1, 1),
        new BigDecimal("7.00"),
        "Sketches of Spain",
        LocalDate.of(1960, 7, 18),
        null);
    byId = db.prepare(Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)));
    statements.clear();
  }

  private List<Integer> albumIds() {
    return db.select(ALBUM.ALBUM_ID).from(ALBUM).orderBy(ALBUM.ALBUM_ID).fetch(ALBUM.ALBUM_ID);
  }

  private static List<List<@Nullable Object>> values(Result<? extends Record> rows) {
    List<List<@Nullable Object>> all = new ArrayList<>();
    for (Record row : rows) {
      all.add(Arrays.asList(row.intoArray()));
    }
    return all;
  }

  @Test
  void looksUpByPrimaryKeyAsTheQueryBuiltPerCallDoes() {
    List<Integer> ids = albumIds();
    statements.clear();
    for (int id : ids) {
      AlbumRecord prepared = byId.fetchOne(id);
      AlbumRecord perCall = db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)).fetchOne();

      assertThat(prepared).isNotNull();
      assertThat(perCall).isNotNull();
      assertThat(prepared.intoArray()).containsExactly(perCall.intoArray());
    }
    assertThat(byId.sql())
        .isEqualTo(db.render(db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1))).sql());
    assertThat(statements).allMatch(byId.sql()::equals);
  }

  @Test
  void keepsFetchOnesSemanticsForNoRowAndTooManyRows() {
    assertThat(byId.fetchOne(-1)).isNull();
    assertThat(byId.fetchOptional(-1)).isEmpty();
    assertThat(byId.fetchOptional(albumIds().get(0))).isPresent();
    assertThatThrownBy(() -> byId.fetchSingle(-1))
        .isInstanceOf(NoDataFoundException.class)
        .hasMessageContaining(quoted("\"album\""));

    Prepared1<Integer, AlbumRecord> byArtist =
        db.prepare(Integer.class, a -> db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(a)));
    assertThatThrownBy(() -> byArtist.fetchOne(1))
        .isInstanceOf(TooManyRowsException.class)
        .hasMessageContaining(quoted("from \"album\""));
    assertThat(byArtist.fetchSingle(2).getTitle()).isEqualTo("Pastel Blues");
  }

  @Test
  void runsAJoinAsTheQueryBuiltPerCallDoes() {
    Prepared1<String, Record2<String, String>> byArtist =
        db.prepare(
            String.class,
            name ->
                db.select(ALBUM.TITLE, ARTIST.NAME)
                    .from(ALBUM)
                    .join(ARTIST)
                    .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                    .where(ARTIST.NAME.eq(name))
                    .orderBy(ALBUM.TITLE));

    for (String name : List.of("Miles Davis", "Nina", "Björk")) {
      Result<Record2<String, String>> perCall =
          db.select(ALBUM.TITLE, ARTIST.NAME)
              .from(ALBUM)
              .join(ARTIST)
              .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
              .where(ARTIST.NAME.eq(name))
              .orderBy(ALBUM.TITLE)
              .fetch();
      assertThat(values(byArtist.fetch(name))).isEqualTo(values(perCall));
    }
    assertThat(byArtist.fetch("Miles Davis").getValues(ALBUM.TITLE))
        .containsExactly("Bitches Brew", "Kind of Blue", "Sketches of Spain");
  }

  @Test
  void bindsTwoParametersAroundTheConstantsOfTheQuery() {
    Prepared2<Integer, BigDecimal, AlbumRecord> cheaperThan =
        db.prepare(
            Integer.class,
            BigDecimal.class,
            (artist, price) ->
                db.selectFrom(ALBUM)
                    .where(ALBUM.TITLE.ne("No such title"))
                    .and(ALBUM.ARTIST_ID.eq(artist))
                    .and(ALBUM.PRICE.lt(price))
                    .and(ALBUM.TITLE.ne("Another title"))
                    .orderBy(ALBUM.TITLE));

    assertThat(cheaperThan.fetch(1, new BigDecimal("20")).getValues(ALBUM.TITLE))
        .containsExactly("Bitches Brew", "Kind of Blue");
    assertThat(cheaperThan.fetch(1, new BigDecimal("1")).getValues(ALBUM.TITLE))
        .containsExactly("Kind of Blue");
    assertThat(cheaperThan.fetch(2, new BigDecimal("1"))).isEmpty();
    assertThat(values(cheaperThan.fetch(1, new BigDecimal("20"))))
        .isEqualTo(
            values(
                db.selectFrom(ALBUM)
                    .where(ALBUM.TITLE.ne("No such title"))
                    .and(ALBUM.ARTIST_ID.eq(1))
                    .and(ALBUM.PRICE.lt(new BigDecimal("20")))
                    .and(ALBUM.TITLE.ne("Another title"))
                    .orderBy(ALBUM.TITLE)
                    .fetch()));
  }

  @Test
  void bindsThreeParametersWithTheLimitAsOne() {
    Prepared3<Integer, LocalDate, Integer, AlbumRecord> firstAfter =
        db.prepare(
            Integer.class,
            LocalDate.class,
            Integer.class,
            (artist, after, rows) ->
                db.selectFrom(ALBUM)
                    .where(ALBUM.ARTIST_ID.eq(artist).and(ALBUM.RELEASED.gt(after)))
                    .orderBy(ALBUM.RELEASED)
                    .limit(rows));

    assertThat(firstAfter.fetch(1, LocalDate.of(1950, 1, 1), 2).getValues(ALBUM.TITLE))
        .containsExactly("Kind of Blue", "Sketches of Spain");
    assertThat(firstAfter.fetch(1, LocalDate.of(1950, 1, 1), 1).getValues(ALBUM.TITLE))
        .containsExactly("Kind of Blue");
    assertThat(firstAfter.fetch(1, LocalDate.of(1960, 1, 1), 10).getValues(ALBUM.TITLE))
        .containsExactly("Sketches of Spain", "Bitches Brew");
    assertThat(firstAfter.fetchOne(2, LocalDate.of(1950, 1, 1), 5).getTitle())
        .isEqualTo("Pastel Blues");
  }

  @Test
  void usesAParameterAsOftenAsTheQueryDoes() {
    Prepared1<Integer, AlbumRecord> either =
        db.prepare(
            Integer.class,
            id ->
                db.selectFrom(ALBUM)
                    .where(ALBUM.ALBUM_ID.eq(id).or(ALBUM.ARTIST_ID.eq(id)))
                    .orderBy(ALBUM.ALBUM_ID));

    int pastel = db.fetchOne(ALBUM, ALBUM.TITLE.eq("Pastel Blues")).getAlbumId();
    assertThat(either.fetch(2).getValues(ALBUM.ALBUM_ID))
        .isEqualTo(
            db.selectFrom(ALBUM)
                .where(ALBUM.ALBUM_ID.eq(2).or(ALBUM.ARTIST_ID.eq(2)))
                .orderBy(ALBUM.ALBUM_ID)
                .fetch(ALBUM.ALBUM_ID));
    assertThat(either.fetch(2).getValues(ALBUM.ALBUM_ID)).contains(pastel);
  }

  @Test
  void bindsANullArgumentAsSqlNull() {
    Prepared1<String, AlbumRecord> byTitle =
        db.prepare(String.class, t -> db.selectFrom(ALBUM).where(ALBUM.TITLE.eq(t)));
    Prepared1<BigDecimal, AlbumRecord> priceOrUnpriced =
        db.prepare(
            BigDecimal.class,
            price ->
                db.selectFrom(ALBUM)
                    .where(ALBUM.PRICE.isNull().or(ALBUM.PRICE.eq(price)))
                    .orderBy(ALBUM.TITLE));

    assertThat(byTitle.fetchOne(null)).isNull();
    assertThat(byTitle.fetch(null)).isEmpty();
    assertThat(priceOrUnpriced.fetch(null).getValues(ALBUM.TITLE))
        .containsExactly("Sketches of Spain");
    assertThat(priceOrUnpriced.fetch(new BigDecimal("7.00")).getValues(ALBUM.TITLE))
        .containsExactly("Pastel Blues", "Sketches of Spain");
  }

  @Test
  void runsFromSeveralThreadsAtOnce() throws Exception {
    Map<Integer, String> titles =
        db.select(ALBUM.ALBUM_ID, ALBUM.TITLE).from(ALBUM).fetchMap(ALBUM.ALBUM_ID, ALBUM.TITLE);
    try (Rex quiet = Rex.connect(url, RexSettings.defaults().withLogging(false))) {
      List<Prepared1<Integer, AlbumRecord>> prepared =
          List.of(byId, byId.on(quiet), prepareById(quiet));
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> checked = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          checked.add(
              threads.submit(
                  () -> {
                    int count = 0;
                    for (int i = 0; i < 150; i++) {
                      int id = 1 + (i + thread) % (titles.size() + 1); // one id has no album
                      AlbumRecord album = prepared.get((i + thread) % 3).fetchOne(id);
                      assertThat(album == null ? null : album.getTitle()).isEqualTo(titles.get(id));
                      count++;
                    }
                    return count;
                  }));
        }
        for (Future<Integer> done : checked) {
          assertThat(done.get(60, TimeUnit.SECONDS)).isEqualTo(150);
        }
      } finally {
        threads.shutdownNow();
      }
      Pools.assertNoActiveConnections(quiet);
    }
  }

  /** A listener quiet up to {@code nanos}, as the logging listener is while DEBUG is off. */
  private static ExecuteListener quiet(
      long nanos, List<ExecuteContext> ends, List<ExecuteContext> failures) {
    return new ExecuteListener() {
      @Override
      public void executeEnd(ExecuteContext context) {
        ends.add(context);
      }

      @Override
      public void exception(ExecuteContext context) {
        failures.add(context);
      }

      @Override
      public long quietUpToNanos() {
        return nanos;
      }
    };
  }

  private static Prepared1<Integer, AlbumRecord> prepareById(Rex on) {
    return on.prepare(Integer.class, id -> on.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)));
  }

  @Test
  void joinsATransactionAndSeesItsWritesUntilTheRollback() {
    Prepared1<String, ArtistRecord> byName =
        db.prepare(String.class, n -> db.selectFrom(ARTIST).where(ARTIST.NAME.eq(n)));

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      tx.insertInto(ARTIST).set(ARTIST.NAME, "Chet Baker").execute();
                      assertThat(byName.on(tx).fetchOne("Chet Baker")).isNotNull();
                      Prepared1<String, ArtistRecord> inside =
                          tx.prepare(
                              String.class, n -> tx.selectFrom(ARTIST).where(ARTIST.NAME.eq(n)));
                      assertThat(inside.fetch("Chet Baker")).hasSize(1);
                      throw new IllegalStateException("roll back");
                    }))
        .hasMessage("roll back");

    assertThat(byName.fetchOne("Chet Baker")).isNull();
    assertThat(byName.fetchOne("Nina")).isNotNull();
  }

  @Test
  void commitsWhatATransactionReadsAndWritesWithPreparedQueries() {
    Prepared1<String, ArtistRecord> byName =
        db.prepare(String.class, n -> db.selectFrom(ARTIST).where(ARTIST.NAME.eq(n)));

    db.transaction(
        tx -> {
          tx.insertInto(ARTIST).set(ARTIST.NAME, "Chet Baker").execute();
          assertThat(byName.on(tx).fetchSingle("Chet Baker").getName()).isEqualTo("Chet Baker");
        });

    assertThat(byName.fetchOne("Chet Baker")).isNotNull();
  }

  @Test
  void showsListenersTheSqlAndTheValuesOfEachExecution() {
    List<ExecuteContext> every = new CopyOnWriteArrayList<>();
    List<ExecuteContext> late = new CopyOnWriteArrayList<>();
    // quiet up to 0 ns: every statement takes longer, so its context is made after it ran
    try (Rex eager =
            Rex.connect(url, settings().withListener(ExecuteListener.onExecuteEnd(every::add)));
        Rex lazy =
            Rex.connect(
                url,
                RexSettings.defaults()
                    .withLogging(false)
                    .withListener(quiet(0, late, new ArrayList<>())))) {
      int id = albumIds().get(1);
      prepareById(eager).fetchOne(id);
      prepareById(lazy).fetchOne(id);
      prepareById(lazy).fetch(null);

      assertThat(every).hasSize(1);
      assertThat(every.get(0).sql()).isEqualTo(byId.sql());
      assertThat(every.get(0).binds()).containsExactly(id);
      assertThat(every.get(0).rows()).isEqualTo(1);
      assertThat(late).hasSize(2);
      assertThat(late.get(0).sql()).isEqualTo(byId.sql());
      assertThat(late.get(0).binds()).containsExactly(id);
      assertThat(late.get(1).binds()).containsExactly((Object) null);
      assertThat(late.get(1).rows()).isZero();
    }
  }

  @Test
  void translatesAndReportsAFailureAsForTheQueryBuiltPerCall() {
    List<ExecuteContext> failures = new CopyOnWriteArrayList<>();
    try (Rex quiet =
        Rex.connect(
            url,
            RexSettings.defaults()
                .withLogging(false)
                .withListener(quiet(Long.MAX_VALUE, new ArrayList<>(), failures)))) {
      Prepared1<Integer, AlbumRecord> broken =
          quiet.prepare(
              Integer.class,
              id ->
                  quiet
                      .selectFrom(ALBUM)
                      .where(ALBUM.ALBUM_ID.eq(id))
                      .and(condition("no_such_column = 1")));

      assertThatThrownBy(() -> broken.fetchOne(7))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("no_such_column");
      assertThat(failures).hasSize(1);
      assertThat(failures.get(0).sql()).isEqualTo(broken.sql());
      assertThat(failures.get(0).binds()).containsExactly(7);
      Pools.assertNoActiveConnections(quiet);
    }
  }

  @Test
  void goesThroughTheResultCacheAndItsInvalidation() {
    db.cache().invalidateAll();
    long hits = db.cacheStats().hits();
    int id = albumIds().get(0);

    AlbumRecord first = db.cache().fetch(byId.bind(id)).get(0);
    AlbumRecord second = db.cache().fetch(byId.bind(id)).get(0);
    assertThat(db.cacheStats().hits()).isEqualTo(hits + 1);
    assertThat(second.getTitle()).isEqualTo(first.getTitle());
    assertThat(db.cache().fetch(db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id))))
        .hasSize(1); // the same SQL and values: the same entry
    assertThat(db.cacheStats().hits()).isEqualTo(hits + 2);

    db.update(ALBUM).set(ALBUM.TITLE, "Renamed").where(ALBUM.ALBUM_ID.eq(id)).execute();
    assertThat(db.cache().fetch(byId.bind(id), Duration.ofMinutes(1)).get(0).getTitle())
        .isEqualTo("Renamed");
    assertThat(db.cacheStats().hits()).isEqualTo(hits + 2);
  }

  @Test
  void bindsValuesIntoAQueryForEverythingElseAQueryOffers() {
    int id = albumIds().get(2);
    ResultQuery<AlbumRecord> bound = byId.bind(id);

    assertThat(db.render(bound).bindValues()).containsExactly(id);
    assertThat(db.render(bound).sql()).isEqualTo(byId.sql());
    assertThat(bound.fetchSingle().getTitle()).isEqualTo("Pastel Blues");
    try (var rows = bound.fetchSize(10).stream()) {
      assertThat(rows.map(AlbumRecord::getTitle)).containsExactly("Pastel Blues");
    }
    assertThat(bound.fetchInto(AlbumRecord.class)).hasSize(1);
    assertThat(byId.recordType()).isEqualTo(ALBUM.recordType());
    assertThat(byId.on(db.readOnly()).fetchOne(id).getTitle()).isEqualTo("Pastel Blues");
  }

  @Test
  void refusesAParameterTheQueryDoesNotUse() {
    assertThatThrownBy(() -> db.prepare(Integer.class, id -> db.selectFrom(ALBUM)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("Parameter 1")
        .hasMessageContaining("not used");
    assertThatThrownBy(
            () ->
                db.prepare(
                    Integer.class,
                    String.class,
                    (id, unused) -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("Parameter 2");
  }

  @Test
  void refusesAPlaceholderWhereAValueIsRead() {
    assertThatThrownBy(
            () ->
                db.prepare(
                    Integer.class, id -> db.selectFrom(ALBUM).where(val((Object) id).isNotNull())))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("Bind parameter 1")
        .hasMessageContaining("placeholder as a value");
  }

  @Test
  void bindsAPlaceholderGivenToPlainSql() {
    Prepared1<Integer, AlbumRecord> plain =
        db.prepare(
            Integer.class,
            id -> db.selectFrom(ALBUM).where(condition(quoted("\"album_id\" = ?"), id)));
    int id = albumIds().get(3);

    assertThat(plain.fetchSingle(id).getTitle()).isEqualTo("Sketches of Spain");
  }

  @Test
  void refusesAPlaceholderOfAnotherPreparedQuery() {
    List<Field<Integer>> escaped = new ArrayList<>();
    db.prepare(
        Integer.class,
        id -> {
          escaped.add(id);
          return db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id));
        });

    assertThatThrownBy(
            () ->
                db.prepare(
                    Integer.class,
                    id ->
                        db.selectFrom(ALBUM)
                            .where(ALBUM.ALBUM_ID.eq(id))
                            .and(ALBUM.ARTIST_ID.eq(escaped.get(0)))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("another prepared query");
  }

  @Test
  void refusesAQueryThatIsNotBuiltFromThePlaceholders() {
    assertThatThrownBy(() -> db.prepare(Integer.class, id -> byId.bind(1)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("built by Rex");
  }
}
