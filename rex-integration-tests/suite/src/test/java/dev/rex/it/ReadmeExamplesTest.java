package dev.rex.it;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.excluded;
import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.sum;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.INVOICE;
import static dev.rex.it.chinook.Tables.PLAYLIST;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.TransactionOptions;
import dev.rex.cache.CacheStats;
import dev.rex.dsl.Prepared1;
import dev.rex.dsl.Prepared2;
import dev.rex.dsl.Record;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Records;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Validator;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.dsl.exception.ValidationException;
import dev.rex.it.chinook.Keys;
import dev.rex.it.chinook.tables.records.AlbumRecord;
import dev.rex.it.chinook.tables.records.ArtistRecord;
import dev.rex.it.chinook.tables.records.TrackRecord;
import dev.rex.listener.ExecuteListener;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's code, run. Every README block marked {@code <!-- snippet:NAME -->} must equal the
 * region between {@code // tag::NAME[]} and {@code // end::NAME[]} in this file, so the README only
 * shows code that compiles and passes here, on every dialect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeExamplesTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  record AlbumView(String title, String artist) {}

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void firstScreenExample() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    db -> {
                      // tag::first[]
                      // ARTIST and ALBUM are generated from your migrations by rex:generate.
                      List<Record2<String, Integer>> mostAlbums =
                          db.select(ARTIST.NAME, count(ALBUM.ALBUM_ID))
                              .from(ARTIST)
                              .join(ALBUM)
                              .onKey() // the foreign key album.artist_id, read from the schema
                              .where(ARTIST.NAME.startsWith("A"))
                              .groupBy(ARTIST.NAME)
                              .orderBy(count(ALBUM.ALBUM_ID).desc(), ARTIST.NAME)
                              .limit(3)
                              .fetch();

                      ArtistRecord nina = db.newRecord(ARTIST).setName("Nina Simone");
                      nina.store(); // INSERT, and the generated key is read back
                      db.newRecord(ALBUM)
                          .setTitle("Pastel Blues")
                          .setArtistId(nina.getArtistId())
                          .store();

                      // Neither compiles: TITLE is a Field<String>; the select has two columns.
                      // db.selectFrom(ALBUM).where(ALBUM.TITLE.eq(42));
                      // Record3<String, Integer, Long> top = mostAlbums.get(0);
                      // end::first[]
                      assertThat(mostAlbums.get(0).value1()).isEqualTo("Audioslave");
                      assertThat(mostAlbums).hasSize(3);
                      assertThat(db.fetchCount(ALBUM, ALBUM.ARTIST_ID.eq(nina.getArtistId())))
                          .isEqualTo(1);
                      throw new IllegalStateException("undo");
                    }))
        .hasMessage("undo");
  }

  @Test
  void selectExamples() {
    // tag::select[]
    Result<AlbumRecord> albums =
        db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).orderBy(ALBUM.TITLE).fetch();

    List<AlbumView> views =
        db.select(ALBUM.TITLE, ARTIST.NAME)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ARTIST.NAME.likeIgnoreCase("ac/dc"))
            .fetch(Records.mapping(AlbumView::new));

    List<Record2<String, BigDecimal>> revenue =
        db.select(INVOICE.BILLING_COUNTRY, sum(INVOICE.TOTAL))
            .from(INVOICE)
            .groupBy(INVOICE.BILLING_COUNTRY)
            .orderBy(sum(INVOICE.TOTAL).desc())
            .limit(3)
            .fetch();
    // end::select[]
    assertThat(albums).hasSize(2);
    assertThat(views).hasSize(2);
    assertThat(revenue.get(0).value1()).isEqualTo("USA");
  }

  @Test
  void preparedQueryExamples() {
    // tag::prepare[]
    Prepared1<Integer, AlbumRecord> albumById =
        db.prepare(Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)));
    AlbumRecord first = albumById.fetchOne(1);

    Prepared2<Integer, Integer, AlbumRecord> albumsOf =
        db.prepare(
            Integer.class,
            Integer.class,
            (artist, rows) ->
                db.selectFrom(ALBUM)
                    .where(ALBUM.ARTIST_ID.eq(artist))
                    .orderBy(ALBUM.TITLE)
                    .limit(rows));
    Result<AlbumRecord> firstTwo = albumsOf.fetch(1, 2);
    // end::prepare[]
    assertThat(first.getTitle()).isEqualTo(db.fetchOne(ALBUM, ALBUM.ALBUM_ID.eq(1)).getTitle());
    assertThat(firstTwo).hasSize(2);
    assertThat(albumsOf.fetch(1, 1)).hasSize(1);
  }

  @Test
  void writeExamples() {
    assumeTrue(ChinookDatabase.supportsReturning(), ChinookDatabase.NO_RETURNING);
    assertThatThrownBy(
            () ->
                db.transaction(
                    db -> {
                      // tag::write[]
                      int id =
                          db.insertInto(ARTIST)
                              .set(ARTIST.NAME, "Nina Simone")
                              .returning(ARTIST.ARTIST_ID)
                              .fetchOne(ARTIST.ARTIST_ID);

                      db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID)
                          .values("Pastel Blues", id)
                          .values("Wild Is the Wind", id)
                          .execute();

                      db.update(TRACK)
                          .set(TRACK.UNIT_PRICE, TRACK.UNIT_PRICE.times(2))
                          .where(TRACK.ALBUM_ID.eq(1))
                          .execute();

                      db.insertInto(PLAYLIST, PLAYLIST.PLAYLIST_ID, PLAYLIST.NAME)
                          .values(1, "Favourites")
                          .onConflict(PLAYLIST.PLAYLIST_ID)
                          .doUpdate()
                          .set(PLAYLIST.NAME, excluded(PLAYLIST.NAME))
                          .execute();

                      db.deleteFrom(ALBUM).where(ALBUM.TITLE.eq("Wild Is the Wind")).execute();
                      // end::write[]
                      assertThat(db.fetchCount(ALBUM, ALBUM.ARTIST_ID.eq(id))).isEqualTo(1);
                      throw new IllegalStateException("undo");
                    }))
        .hasMessage("undo");
  }

  @Test
  void recordExamples() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    db -> {
                      // tag::records[]
                      ArtistRecord artist = db.newRecord(ARTIST).setName("Miles Davis");
                      artist.store(); // insert; the generated key is read back
                      artist.setName("Miles Dewey Davis").store(); // update by primary key
                      ArtistRecord again = db.fetchById(ARTIST, artist.getArtistId()).orElseThrow();
                      again.refresh();
                      again.delete();
                      // end::records[]
                      assertThat(again.getName()).isEqualTo("Miles Dewey Davis");
                      throw new IllegalStateException("undo");
                    }))
        .hasMessage("undo");
  }

  @Test
  void transactionExamples() {
    AtomicInteger seen = new AtomicInteger();
    // tag::transactions[]
    db.transaction(
        tx -> {
          tx.insertInto(ARTIST).set(ARTIST.NAME, "Outer").execute();
          try {
            tx.transaction( // a savepoint
                inner -> {
                  inner.insertInto(ARTIST).set(ARTIST.NAME, "Inner").execute();
                  throw new IllegalStateException("only the savepoint rolls back");
                });
          } catch (IllegalStateException expected) {
            // the outer transaction goes on
          }
        });

    int artists =
        db.transactionResult(TransactionOptions.readOnlyTransaction(), tx -> tx.fetchCount(ARTIST));
    // end::transactions[]
    seen.set(artists);
    assertThat(seen.get()).isEqualTo(276);
    db.deleteFrom(ARTIST).where(ARTIST.NAME.eq("Outer")).execute();
  }

  @Test
  void rawSqlAndBatchExamples() {
    assumeTrue(
        !ChinookDatabase.mysql(),
        "The README's raw SQL names tables in lower case; Chinook's MySQL script names them"
            + " Artist, …, and MariaDB on Linux compares table names with case.");
    assertThatThrownBy(
            () ->
                db.transaction(
                    db -> {
                      // tag::raw[]
                      Result<Record> rows =
                          db.fetch("select name from artist where name like ? order by name", "A%");

                      db.batch(insertInto(ARTIST, ARTIST.NAME).values((String) null))
                          .bind("Nina Simone")
                          .bind("Miles Davis")
                          .execute();

                      RenderedQuery sql =
                          db.render(db.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1)));
                      // sql.sql(): select "artist"."artist_id", ... where "artist"."artist_id" = ?
                      // sql.bindValues(): [1]
                      // end::raw[]
                      assertThat(rows).hasSizeGreaterThan(20);
                      assertThat(sql.bindValues()).containsExactly(1);
                      throw new IllegalStateException("undo");
                    }))
        .hasMessage("undo");
  }

  @Test
  void streamingAndErrorExamples() {
    // tag::stream[]
    try (Stream<TrackRecord> tracks = db.selectFrom(TRACK).fetchSize(1000).stream()) {
      long hours = tracks.mapToLong(TrackRecord::getMilliseconds).sum() / 3_600_000;
    }

    try {
      db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME).values(1, "Duplicate").execute();
    } catch (UniqueViolationException e) {
      String constraint = e.constraint(); // "artist_pkey" on PostgreSQL
      String table = e.table(); // "artist"
    }
    // end::stream[]
    assertThat(db.fetchCount(ARTIST)).isEqualTo(275);
  }

  @Test
  void listenerExamples() {
    // tag::listeners[]
    AtomicInteger statements = new AtomicInteger();
    RexSettings settings =
        RexSettings.defaults()
            .withSlowQueryThreshold(Duration.ofMillis(200)) // WARN above this
            .withListener(ExecuteListener.onExecuteEnd(context -> statements.incrementAndGet()));
    try (Rex counted = Rex.connect(ChinookDatabase.url(), settings)) {
      counted.select(count()).from(TRACK).fetchSingle();
    }
    // end::listeners[]
    assertThat(statements.get()).isEqualTo(1);
  }

  @Test
  void relationshipExamples() {
    // tag::relationships[]
    // Many-to-one navigation joins implicitly (left joins where a key on the way is nullable):
    List<Record2<String, String>> tracks =
        db.select(TRACK.NAME, TRACK.album().artist().NAME)
            .from(TRACK)
            .where(TRACK.album().TITLE.eq("Let There Be Rock"))
            .fetch();

    // A tree in ONE statement, at any depth, typed end to end:
    Result<Record2<String, Result<Record2<String, Result<Record1<String>>>>>> catalogue =
        db.select(
                ARTIST.NAME,
                multiset(
                    select(
                            ALBUM.TITLE,
                            multiset(
                                select(TRACK.NAME)
                                    .from(TRACK)
                                    .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))))
                        .from(ALBUM)
                        .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))))
            .from(ARTIST)
            .fetch();

    // Lazy navigation from records, and batch loading without N+1:
    AlbumRecord album = db.fetchById(ALBUM, 1).orElseThrow();
    ArtistRecord artist = album.fetchArtist();
    Result<TrackRecord> songs = album.fetchTracks();
    Result<AlbumRecord> albums = db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.le(100)).fetch();
    Map<AlbumRecord, List<TrackRecord>> byAlbum =
        db.fetchChildren(albums, Keys.FK_TRACK_ALBUM_ID); // one query for all 100 albums
    // end::relationships[]
    assertThat(tracks).hasSize(8).allSatisfy(t -> assertThat(t.value2()).isEqualTo("AC/DC"));
    assertThat(catalogue).hasSize(275);
    assertThat(artist.getName()).isEqualTo("AC/DC");
    assertThat(songs).hasSize(10);
    assertThat(byAlbum).hasSize(100);
  }

  @Test
  void validationExamples() {
    // tag::validation[]
    ArtistRecord artist = db.newRecord(ARTIST).setName("x".repeat(130)); // varchar(120)
    AlbumRecord album = db.newRecord(ALBUM).setArtistId(1); // title is not null
    List<Violation> problems = album.validate(); // [album.title must be set: ...]
    try {
      db.batchInsert(artist, album);
    } catch (ValidationException e) {
      // Nothing was sent. The message has a sentence per violation:
      //   artist.name may be at most 120 characters long, but "xxxxxxxxxx..." has 130.
      //   album.title must be set: the column is not null and has no default.
      problems = e.violations(); // both, each with table, column, constraint and value
    }

    RexSettings withRules =
        RexSettings.defaults()
            .withValidator(
                ARTIST,
                Validator.field(
                    ARTIST.NAME,
                    "not blank",
                    name -> !name.isBlank(),
                    "An artist's name must not be blank."));
    // end::validation[]
    assertThat(problems).hasSize(2);
    try (Rex ruled = Rex.connect(ChinookDatabase.url(), withRules)) {
      assertThat(ruled.newRecord(ARTIST).setName(" ").validate()).hasSize(1);
    }
    assertThat(db.fetchCount(ARTIST)).isEqualTo(275);
  }

  @Test
  void cachingExamples() {
    // tag::caching[]
    RexSettings settings =
        RexSettings.defaults().withResultCache(10_000, Duration.ofMinutes(5)); // size, default TTL
    Rex cached = Rex.connect(ChinookDatabase.url(), settings);
    ResultQuery<AlbumRecord> acDc = cached.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1));

    Result<AlbumRecord> albums = cached.cache().fetch(acDc); // runs the query
    albums = cached.cache().fetch(acDc, Duration.ofSeconds(30)); // a hit: no SQL

    cached.update(ALBUM).set(ALBUM.TITLE, ALBUM.TITLE).where(ALBUM.ALBUM_ID.eq(1)).execute();
    albums = cached.cache().fetch(acDc); // album was written: runs again

    cached.cache().invalidate(Set.of("album")); // e.g. from another process's change feed
    CacheStats stats = cached.cacheStats(); // 1 hit, 2 misses, 2 invalidations
    // end::caching[]
    assertThat(albums).hasSize(2);
    assertThat(stats.hits()).isEqualTo(1);
    assertThat(stats.misses()).isEqualTo(2);
    assertThat(stats.invalidations()).isEqualTo(2);
    cached.close();
  }

  // --- the README must show exactly the code above ---------------------------------------------

  @Test
  void readmeShowsExactlyTheTestedCode() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("rex.readme", "../../README.md")));
    String self =
        Files.readString(
            Path.of(System.getProperty("user.dir"))
                .resolve("../suite/src/test/java/dev/rex/it/ReadmeExamplesTest.java"));
    Map<String, String> snippets = snippets(readme);

    assertThat(snippets).isNotEmpty();
    for (Map.Entry<String, String> snippet : snippets.entrySet()) {
      assertThat(snippet.getValue())
          .as("README snippet '%s' must equal the tagged region in this test", snippet.getKey())
          .isEqualTo(region(self, snippet.getKey()));
    }
  }

  private static Map<String, String> snippets(String readme) {
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher matcher =
        Pattern.compile("<!-- snippet:(\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    while (matcher.find()) {
      snippets.put(matcher.group(1), matcher.group(2).stripTrailing());
    }
    return snippets;
  }

  private static String region(String source, String tag) {
    int start = source.indexOf("// tag::" + tag + "[]");
    int end = source.indexOf("// end::" + tag + "[]");
    assertThat(start).as("tag %s", tag).isNotNegative();
    String body = source.substring(source.indexOf('\n', start) + 1, end);
    List<String> lines = new ArrayList<>(body.lines().toList());
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    List<String> dedented = new ArrayList<>();
    for (String line : lines) {
      dedented.add(line.isBlank() ? "" : line.substring(indent));
    }
    return String.join("\n", dedented).stripTrailing();
  }
}
