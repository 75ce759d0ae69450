package dev.rex.it;

import static dev.rex.dsl.DSL.count;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.CUSTOMER;
import static dev.rex.it.chinook.Tables.EMPLOYEE;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Record3;
import dev.rex.it.chinook.Keys;
import dev.rex.it.chinook.tables.records.AlbumRecord;
import dev.rex.it.chinook.tables.records.CustomerRecord;
import dev.rex.it.chinook.tables.records.EmployeeRecord;
import dev.rex.it.chinook.tables.records.PlaylistRecord;
import dev.rex.it.chinook.tables.records.TrackRecord;
import dev.rex.listener.ExecuteListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Navigating the relationships the foreign keys generate, on every dialect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipsTest {

  private final AtomicInteger statements = new AtomicInteger();
  private final Rex db =
      ChinookDatabase.connect(
          RexSettings.defaults()
              .withListener(ExecuteListener.onExecuteEnd(context -> statements.incrementAndGet())));

  @BeforeEach
  void resetCount() {
    statements.set(0);
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void navigatesManyToOneWithImplicitJoins() {
    var query =
        db.select(TRACK.NAME, TRACK.album().TITLE, TRACK.album().artist().NAME)
            .from(TRACK)
            .where(TRACK.TRACK_ID.eq(1));

    Record3<String, String, String> row = query.fetchSingle();

    assertThat(row.value2()).isEqualTo("For Those About To Rock We Salute You");
    assertThat(row.value3()).isEqualTo("AC/DC");
    // track.album_id is nullable in Chinook, so both joins on the way must keep every track.
    // SQLite quotes with back-ticks; compare both dialects in PostgreSQL's spelling.
    String sql = db.render(query).sql().toLowerCase(java.util.Locale.ROOT).replace('`', '"');
    assertThat(sql.split(" left join ", -1)).as(sql).hasSize(3);
    assertThat(sql)
        .containsOnlyOnce(" as \"track__album\" on ")
        .containsOnlyOnce(" as \"track__album__artist\" on ")
        .doesNotContain(" join \"track__album\"");
  }

  @Test
  void filtersThroughAPathAndJoinsEachTableOnce() {
    int acdcTracks =
        db.select(count())
            .from(TRACK)
            .where(TRACK.album().artist().NAME.eq("AC/DC"))
            .and(TRACK.album().TITLE.isNotNull())
            .fetchSingle()
            .value1();

    assertThat(acdcTracks).isEqualTo(18);
  }

  @Test
  void followsSelfReferencesAndSeveralKeysToTheSameTable() {
    List<Record2<String, String>> reports =
        db.select(EMPLOYEE.LAST_NAME, EMPLOYEE.reportsTo().LAST_NAME)
            .from(EMPLOYEE)
            .orderBy(EMPLOYEE.EMPLOYEE_ID)
            .fetch();
    Record2<String, String> customer =
        db.select(CUSTOMER.LAST_NAME, CUSTOMER.supportRep().LAST_NAME)
            .from(CUSTOMER)
            .where(CUSTOMER.CUSTOMER_ID.eq(1))
            .fetchSingle();

    assertThat(reports.get(0).value2()).isNull();
    assertThat(reports.get(1).value2()).isEqualTo("Adams");
    assertThat(customer.value2()).isEqualTo("Peacock");
  }

  @Test
  void joinsAlongTheKeyWithOnKey() {
    List<String> titles =
        db.select(ALBUM.TITLE)
            .from(ALBUM)
            .join(ARTIST)
            .onKey()
            .where(ARTIST.NAME.eq("AC/DC"))
            .orderBy(ALBUM.TITLE)
            .fetch(ALBUM.TITLE);

    assertThat(titles).hasSize(2);
  }

  @Test
  void navigatesLazilyFromRecordsInAllDirections() {
    TrackRecord track = db.fetchById(TRACK, 1).orElseThrow();
    AlbumRecord album = track.fetchAlbum();
    EmployeeRecord manager = db.fetchById(EMPLOYEE, 2).orElseThrow();
    CustomerRecord customer = db.fetchById(CUSTOMER, 1).orElseThrow();
    PlaylistRecord music = db.fetchById(dev.rex.it.chinook.Tables.PLAYLIST, 1).orElseThrow();

    assertThat(album.getTitle()).isEqualTo("For Those About To Rock We Salute You");
    assertThat(album.fetchArtist().getName()).isEqualTo("AC/DC");
    assertThat(album.fetchTracks()).hasSize(10);
    assertThat(manager.fetchReportsTo().getLastName()).isEqualTo("Adams");
    assertThat(manager.fetchEmployeesByReportsTo()).hasSize(3);
    assertThat(db.fetchById(EMPLOYEE, 1).orElseThrow().fetchReportsTo()).isNull();
    assertThat(customer.fetchSupportRep().getLastName()).isEqualTo("Peacock");
    assertThat(music.fetchTracks()).hasSize(3290);
  }

  @Test
  void loadsTheChildrenOfManyParentsInOneQuery() {
    List<AlbumRecord> albums =
        db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.le(100)).orderBy(ALBUM.ALBUM_ID).fetch();
    statements.set(0);

    Map<AlbumRecord, List<TrackRecord>> tracks = db.fetchChildren(albums, Keys.FK_TRACK_ALBUM_ID);

    assertThat(statements).hasValue(1);
    assertThat(tracks).hasSize(100);
    assertThat(tracks.values().stream().mapToInt(List::size).sum()).isEqualTo(1276);
    assertThat(tracks.get(albums.get(0))).hasSize(10);
  }

  @Test
  void loadsTheParentsOfManyChildrenInOneQuery() {
    List<TrackRecord> tracks = db.selectFrom(TRACK).where(TRACK.TRACK_ID.le(200)).fetch();
    statements.set(0);

    Map<TrackRecord, AlbumRecord> albums = db.fetchParents(tracks, Keys.FK_TRACK_ALBUM_ID);

    assertThat(statements).hasValue(1);
    assertThat(albums).hasSize(200);
    assertThat(albums.get(tracks.get(0)).getTitle())
        .isEqualTo("For Those About To Rock We Salute You");
  }
}
