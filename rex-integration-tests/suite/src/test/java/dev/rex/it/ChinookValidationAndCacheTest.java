package dev.rex.it;

import static dev.rex.dsl.DSL.multiset;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.GENRE;
import static dev.rex.it.chinook.Tables.INVOICE_LINE;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record2;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Validator;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.ValidationException;
import dev.rex.it.chinook.tables.records.AlbumRecord;
import dev.rex.it.chinook.tables.records.ArtistRecord;
import dev.rex.it.chinook.tables.records.InvoiceLineRecord;
import dev.rex.listener.ExecuteListener;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Validation and the result cache over the generated Chinook code, on the suite's dialect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChinookValidationAndCacheTest {

  private final List<String> statements = new CopyOnWriteArrayList<>();
  private final Rex db =
      ChinookDatabase.connect(
          RexSettings.defaults()
              .withListener(ExecuteListener.onExecuteEnd(context -> statements.add(context.sql())))
              .withValidator(
                  ARTIST,
                  Validator.field(
                      ARTIST.NAME,
                      "not blank",
                      name -> !name.isBlank(),
                      "An artist's name must not be blank.")));

  /** Thrown to roll a transaction back. */
  private static final class Undo extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @BeforeEach
  void reset() {
    db.cache().invalidateAll();
    statements.clear();
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void generatedRecordsReportEveryViolationAndNothingIsWritten() {
    ArtistRecord artist = db.newRecord(ARTIST).setName("x".repeat(121));
    AlbumRecord album = db.newRecord(ALBUM).setArtistId(1);
    InvoiceLineRecord line =
        db.newRecord(INVOICE_LINE)
            .setInvoiceId(1)
            .setTrackId(1)
            .setUnitPrice(new BigDecimal("123456789.99"))
            .setQuantity(1);

    assertThatThrownBy(() -> db.batchInsert(artist, album, line))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::table, Violation::column, Violation::constraint)
                    .containsExactly(
                        tuple(ARTIST.getName(), ARTIST.NAME.getName(), "length <= 120"),
                        tuple(ALBUM.getName(), ALBUM.TITLE.getName(), "not null"),
                        tuple(
                            INVOICE_LINE.getName(),
                            INVOICE_LINE.UNIT_PRICE.getName(),
                            "numeric(10, 2)")));
    assertThatThrownBy(album::store)
        .hasMessage(
            "Nothing was written to "
                + ALBUM.getName()
                + ": 1 rule is broken.\n  "
                + ALBUM.getName()
                + "."
                + ALBUM.TITLE.getName()
                + " must be set: the column is not null and has no default.");
    assertThatThrownBy(db.newRecord(ARTIST).setName(" ")::insert)
        .hasMessageContaining("An artist's name must not be blank.");

    assertThat(statements).isEmpty();
    assertThat(db.fetchCount(ARTIST)).isEqualTo(275);
    assertThat(db.fetchCount(ALBUM)).isEqualTo(347);
  }

  @Test
  void aValidRecordPassesAndIsWritten() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      AlbumRecord album = tx.newRecord(ALBUM).setTitle("Blue").setArtistId(1);
                      assertThat(album.validate()).isEmpty();
                      album.store();
                      assertThat(tx.fetchCount(ALBUM)).isEqualTo(348);
                      throw new Undo();
                    }))
        .isInstanceOf(Undo.class);
  }

  private ResultQuery<Record2<String, String>> albumsOfAcDc() {
    return db.select(ALBUM.TITLE, ARTIST.NAME)
        .from(ALBUM)
        .join(ARTIST)
        .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
        .where(ARTIST.ARTIST_ID.eq(1))
        .orderBy(ALBUM.TITLE);
  }

  @Test
  void cachedResultsSurviveUnrelatedWritesAndNotWritesToWhatTheyRead() {
    assertThat(db.cache().fetch(albumsOfAcDc())).hasSize(2);
    assertThat(db.cache().fetch(albumsOfAcDc())).hasSize(2);
    assertThat(statements).hasSize(1);

    db.update(GENRE).set(GENRE.NAME, GENRE.NAME).where(GENRE.GENRE_ID.eq(1)).execute();
    db.cache().fetch(albumsOfAcDc());
    assertThat(statements).hasSize(2); // the update only

    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      tx.update(ARTIST)
                          .set(ARTIST.NAME, "AC-DC")
                          .where(ARTIST.ARTIST_ID.eq(1))
                          .execute();
                      assertThat(tx.cache().fetch(albumsOfAcDc()).get(0).value2())
                          .isEqualTo("AC-DC");
                      throw new Undo();
                    }))
        .isInstanceOf(Undo.class);
    assertThat(db.cache().fetch(albumsOfAcDc()).get(0).value2()).isEqualTo("AC/DC");
    assertThat(statements).hasSize(5);
    assertThat(db.cacheStats().hits()).isEqualTo(2);
  }

  @Test
  void aWriteToATableReachedByNavigationInvalidatesTheCachedResult() {
    var query = db.select(ALBUM.TITLE, ALBUM.artist().NAME).from(ALBUM).where(ALBUM.ALBUM_ID.eq(1));
    assertThat(db.cache().fetch(query).get(0).value2()).isEqualTo("AC/DC");
    try {
      db.update(ARTIST).set(ARTIST.NAME, "AC-DC").where(ARTIST.ARTIST_ID.eq(1)).execute();

      assertThat(db.cache().fetch(query).get(0).value2()).isEqualTo("AC-DC");
    } finally {
      db.update(ARTIST).set(ARTIST.NAME, "AC/DC").where(ARTIST.ARTIST_ID.eq(1)).execute();
    }
    assertThat(db.cache().fetch(query).get(0).value2()).isEqualTo("AC/DC");
  }

  @Test
  void aWriteToATableNavigatedInsideAMultisetInvalidatesTheCachedResult() {
    var query =
        db.select(
                ARTIST.NAME,
                multiset(
                    db.select(TRACK.album().TITLE)
                        .from(TRACK)
                        .where(TRACK.album().ARTIST_ID.eq(ARTIST.ARTIST_ID))
                        .and(TRACK.TRACK_ID.eq(1))))
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.eq(1));
    String title = db.cache().fetch(query).get(0).value2().get(0).value1();
    try {
      db.update(ALBUM).set(ALBUM.TITLE, "Renamed").where(ALBUM.ALBUM_ID.eq(1)).execute();

      assertThat(db.cache().fetch(query).get(0).value2().get(0).value1()).isEqualTo("Renamed");
    } finally {
      db.update(ALBUM).set(ALBUM.TITLE, title).where(ALBUM.ALBUM_ID.eq(1)).execute();
    }
  }
}
