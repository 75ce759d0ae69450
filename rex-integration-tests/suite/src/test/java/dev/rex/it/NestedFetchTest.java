package dev.rex.it;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.notExists;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.CUSTOMER;
import static dev.rex.it.chinook.Tables.INVOICE;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Record3;
import dev.rex.dsl.Records;
import dev.rex.dsl.Result;
import dev.rex.it.chinook.tables.records.InvoiceRecord;
import dev.rex.listener.ExecuteListener;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Trees of typed results in one statement, whatever the depth, on every dialect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedFetchTest {

  private final AtomicInteger statements = new AtomicInteger();
  private final Rex db =
      ChinookDatabase.connect(
          RexSettings.defaults()
              .withListener(ExecuteListener.onExecuteEnd(context -> statements.incrementAndGet())));

  record Track(String name, Integer milliseconds, BigDecimal price) {}

  record Album(String title, List<Track> tracks) {}

  record Artist(String name, List<Album> albums) {}

  @BeforeEach
  void resetCount() {
    statements.set(0);
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void fetchesArtistsWithAlbumsWithTracksInOneStatement() {
    Result<Record2<String, Result<Record2<String, Result<Record3<String, Integer, BigDecimal>>>>>>
        rows =
            db.select(
                    ARTIST.NAME,
                    multiset(
                        select(
                                ALBUM.TITLE,
                                multiset(
                                    select(TRACK.NAME, TRACK.MILLISECONDS, TRACK.UNIT_PRICE)
                                        .from(TRACK)
                                        .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
                                        .orderBy(TRACK.TRACK_ID)))
                            .from(ALBUM)
                            .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                            .orderBy(ALBUM.ALBUM_ID)))
                .from(ARTIST)
                .orderBy(ARTIST.ARTIST_ID)
                .fetch();

    List<Artist> artists =
        rows.map(
            artist ->
                new Artist(
                    artist.value1(),
                    artist
                        .value2()
                        .map(
                            album ->
                                new Album(
                                    album.value1(),
                                    album.value2().map(Records.mapping(Track::new))))));

    assertThat(statements).hasValue(1);
    assertThat(artists).hasSize(275);
    assertThat(artists.stream().mapToInt(a -> a.albums().size()).sum()).isEqualTo(347);
    assertThat(
            artists.stream()
                .flatMap(a -> a.albums().stream())
                .mapToInt(a -> a.tracks().size())
                .sum())
        .isEqualTo(3503);
    Artist acdc = artists.get(0);
    assertThat(acdc.name()).isEqualTo("AC/DC");
    assertThat(acdc.albums())
        .extracting(Album::title)
        .containsExactly("For Those About To Rock We Salute You", "Let There Be Rock");
    Track first = acdc.albums().get(0).tracks().get(0);
    assertThat(first)
        .isEqualTo(
            new Track("For Those About To Rock (We Salute You)", 343719, new BigDecimal("0.99")));
  }

  @Test
  void nestsTableRecordsWithTimestampsAndAggregates() {
    List<Record2<String, Result<InvoiceRecord>>> customers =
        db.select(
                CUSTOMER.LAST_NAME,
                multiset(
                    selectFrom(INVOICE)
                        .where(INVOICE.CUSTOMER_ID.eq(CUSTOMER.CUSTOMER_ID))
                        .orderBy(INVOICE.INVOICE_DATE)))
            .from(CUSTOMER)
            .where(CUSTOMER.CUSTOMER_ID.eq(2))
            .fetch();

    Result<InvoiceRecord> invoices = customers.get(0).value2();
    assertThat(statements).hasValue(1);
    assertThat(invoices).hasSize(7);
    assertThat(invoices.get(0).getInvoiceDate()).isEqualTo(LocalDateTime.of(2021, 1, 1, 0, 0));
    assertThat(invoices.get(0).getTotal()).isEqualByComparingTo("1.98");
    assertThat(invoices.get(0).getBillingCity()).isEqualTo("Stuttgart");
    assertThat(invoices.get(0).getBillingState()).isNull();
  }

  @Test
  void anEmptyNestedResultIsAnEmptyList() {
    assumeTrue(
        !ChinookDatabase.mysql(),
        "MariaDB cannot refer to the enclosing query from a derived table, which a correlated"
            + " nested select with GROUP BY needs (see docs/mysql.md).");
    Integer artistWithoutAlbums =
        db.select(ARTIST.ARTIST_ID)
            .from(ARTIST)
            .where(
                notExists(
                    select(ALBUM.ALBUM_ID).from(ALBUM).where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))))
            .orderBy(ARTIST.ARTIST_ID)
            .limit(1)
            .fetchSingle(ARTIST.ARTIST_ID);
    statements.set(0);

    Record2<String, Result<Record2<String, Integer>>> row =
        db.select(
                ARTIST.NAME,
                multiset(
                    select(ALBUM.TITLE, count())
                        .from(ALBUM)
                        .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                        .groupBy(ALBUM.TITLE)))
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.eq(artistWithoutAlbums))
            .fetchSingle();

    assertThat(row.value2()).isEmpty();
    assertThat(statements).hasValue(1);
  }
}
