package dev.rex.it;

import static dev.rex.dsl.DSL.avg;
import static dev.rex.dsl.DSL.coalesce;
import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.countDistinct;
import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.lower;
import static dev.rex.dsl.DSL.max;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.partitionBy;
import static dev.rex.dsl.DSL.rank;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.sum;
import static dev.rex.dsl.DSL.when;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.CUSTOMER;
import static dev.rex.it.chinook.Tables.EMPLOYEE;
import static dev.rex.it.chinook.Tables.GENRE;
import static dev.rex.it.chinook.Tables.INVOICE;
import static dev.rex.it.chinook.Tables.INVOICE_LINE;
import static dev.rex.it.chinook.Tables.PLAYLIST_TRACK;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.CommonTableExpression;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record1;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Record3;
import dev.rex.dsl.Records;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.Table;
import dev.rex.it.chinook.tables.Employee;
import dev.rex.it.chinook.tables.records.AlbumRecord;
import dev.rex.it.chinook.tables.records.InvoiceRecord;
import dev.rex.it.chinook.tables.records.TrackRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Typed queries over generated Chinook code; the same source runs on every dialect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChinookQueriesTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  record AlbumView(String title, String artist) {}

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void countsTheWholeCatalogue() {
    assertThat(db.fetchCount(ARTIST)).isEqualTo(275);
    assertThat(db.fetchCount(ALBUM)).isEqualTo(347);
    assertThat(db.fetchCount(TRACK)).isEqualTo(3503);
    assertThat(db.fetchCount(INVOICE_LINE)).isEqualTo(2240);
  }

  @Test
  void joinsAndMapsIntoJavaRecords() {
    List<AlbumView> albums =
        db.select(ALBUM.TITLE, ARTIST.NAME)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ARTIST.NAME.eq("AC/DC"))
            .orderBy(ALBUM.TITLE)
            .fetch(Records.mapping(AlbumView::new));

    assertThat(albums)
        .containsExactly(
            new AlbumView("For Those About To Rock We Salute You", "AC/DC"),
            new AlbumView("Let There Be Rock", "AC/DC"));
  }

  @Test
  void readsTypedRecordsWithDecimalsAndTimestamps() {
    InvoiceRecord first = db.selectFrom(INVOICE).orderBy(INVOICE.INVOICE_ID).limit(1).fetchSingle();

    assertThat(first.getInvoiceId()).isEqualTo(1);
    assertThat(first.getInvoiceDate()).isEqualTo(LocalDateTime.of(2021, 1, 1, 0, 0));
    assertThat(first.getTotal()).isEqualByComparingTo("1.98");
    assertThat(
            db.select(INVOICE_LINE.UNIT_PRICE)
                .from(INVOICE_LINE)
                .where(INVOICE_LINE.INVOICE_LINE_ID.eq(1))
                .fetchSingle(INVOICE_LINE.UNIT_PRICE)
                .toPlainString())
        .isEqualTo("0.99");
  }

  @Test
  void aggregatesRevenuePerCountry() {
    Field<BigDecimal> revenue = sum(INVOICE.TOTAL).as("revenue");
    List<Record2<String, BigDecimal>> top =
        db.select(INVOICE.BILLING_COUNTRY, revenue)
            .from(INVOICE)
            .groupBy(INVOICE.BILLING_COUNTRY)
            .having(sum(INVOICE.TOTAL).gt(new BigDecimal("100")))
            .orderBy(sum(INVOICE.TOTAL).desc())
            .limit(3)
            .fetch();

    assertThat(top).extracting(Record2::value1).containsExactly("USA", "Canada", "France");
    assertThat(top.get(0).value2()).isEqualByComparingTo("523.06");
  }

  @Test
  void ranksTracksWithinEachAlbumByLength() {
    Field<Integer> position =
        rank().over(partitionBy(TRACK.ALBUM_ID).orderBy(TRACK.MILLISECONDS.desc()));
    Table<Record3<Integer, String, Integer>> ranked =
        select(TRACK.ALBUM_ID, TRACK.NAME, position.as("position")).from(TRACK).asTable("ranked");

    List<String> longest =
        db.select(ranked.field(TRACK.NAME))
            .from(ranked)
            .where(ranked.field(TRACK.ALBUM_ID).eq(1))
            .and(field(name("ranked", "position"), SQLDataType.INTEGER).eq(1))
            .fetch(ranked.field(TRACK.NAME));

    assertThat(longest).containsExactly("For Those About To Rock (We Salute You)");
  }

  @Test
  void walksTheManagementChainWithARecursiveCte() {
    Employee manager = EMPLOYEE.as("manager");
    Field<Integer> id = field(name("chain", "employee_id"), SQLDataType.INTEGER);
    CommonTableExpression<Record1<Integer>> chain =
        name("chain")
            .fields("employee_id")
            .as(
                select(EMPLOYEE.EMPLOYEE_ID)
                    .from(EMPLOYEE)
                    .where(EMPLOYEE.REPORTS_TO.isNull())
                    .unionAll(
                        select(manager.EMPLOYEE_ID)
                            .from(manager)
                            .join(dev.rex.dsl.DSL.table(name("chain")))
                            .on(manager.REPORTS_TO.eq(id))));

    assertThat(db.withRecursive(chain).select(count()).from(chain).fetchSingle().value1())
        .isEqualTo(8);
  }

  @Test
  void filtersWithSubqueriesExistsAndCaseInsensitiveLike() {
    List<String> genres =
        db.selectDistinct(GENRE.NAME)
            .from(GENRE)
            .where(
                GENRE.GENRE_ID.in(
                    select(TRACK.GENRE_ID).from(TRACK).where(lower(TRACK.NAME).like("%love%"))))
            .and(lower(GENRE.NAME).likeIgnoreCase("r%"))
            .orderBy(GENRE.NAME)
            .fetch(GENRE.NAME);
    int customersWithInvoices =
        db.fetchCount(
            selectFrom(CUSTOMER)
                .where(
                    exists(
                        select(INVOICE.INVOICE_ID)
                            .from(INVOICE)
                            .where(INVOICE.CUSTOMER_ID.eq(CUSTOMER.CUSTOMER_ID)))));

    assertThat(genres).contains("Rock", "R&B/Soul");
    assertThat(customersWithInvoices).isEqualTo(59);
  }

  @Test
  void computesWithCaseCoalesceAndArithmetic() {
    // Grouped by its alias: with bind values inside, PostgreSQL would not recognise the GROUP BY
    // expression as the one selected ($1 and $6 are different parameters to it).
    Field<String> size =
        when(TRACK.MILLISECONDS.gt(600_000), "long")
            .when(TRACK.MILLISECONDS.lt(120_000), "short")
            .otherwise("regular")
            .as("size");
    List<Record2<String, Integer>> sizes =
        db.select(size, count()).from(TRACK).groupBy(size).orderBy(size).fetch();
    BigDecimal lineTotal =
        db.select(sum(INVOICE_LINE.UNIT_PRICE.times(INVOICE_LINE.QUANTITY)))
            .from(INVOICE_LINE)
            .fetchSingle()
            .value1();
    List<String> composers =
        db.select(coalesce(TRACK.COMPOSER, "unknown"))
            .from(TRACK)
            .where(TRACK.TRACK_ID.in(1, 63))
            .orderBy(TRACK.TRACK_ID)
            .fetch(Record1::value1);

    assertThat(sizes).extracting(Record2::value1).containsExactly("long", "regular", "short");
    assertThat(sizes.stream().mapToInt(Record2::value2).sum()).isEqualTo(3503);
    assertThat(lineTotal).isEqualByComparingTo("2328.60");
    assertThat(composers).hasSize(2).contains("unknown");
  }

  @Test
  void pagesThroughResultsWithBoundLimitAndOffset() {
    List<Integer> page =
        db.select(ALBUM.ALBUM_ID)
            .from(ALBUM)
            .orderBy(ALBUM.ALBUM_ID)
            .limit(5)
            .offset(10)
            .fetch(ALBUM.ALBUM_ID);

    assertThat(page).containsExactly(11, 12, 13, 14, 15);
  }

  @Test
  void combinesWithSetOperations() {
    var rockArtists =
        select(ALBUM.ARTIST_ID).from(ALBUM).where(ALBUM.TITLE.likeIgnoreCase("%rock%"));
    var greatestHits =
        select(ALBUM.ARTIST_ID).from(ALBUM).where(ALBUM.TITLE.likeIgnoreCase("%greatest%"));

    int both = db.fetchCount(rockArtists.intersect(greatestHits));
    int either = db.fetchCount(rockArtists.union(greatestHits));
    int onlyRock = db.fetchCount(rockArtists.except(greatestHits));

    assertThat(either).isEqualTo(onlyRock + db.fetchCount(greatestHits.union(greatestHits)));
    assertThat(both).isLessThanOrEqualTo(either);
  }

  @Test
  void aggregatesWithDistinctAverageAndMax() {
    Record3<Integer, BigDecimal, Integer> stats =
        db.select(countDistinct(TRACK.ALBUM_ID), avg(TRACK.UNIT_PRICE), max(TRACK.MILLISECONDS))
            .from(TRACK)
            .fetchSingle();

    assertThat(stats.value1()).isEqualTo(347);
    assertThat(stats.value2()).isBetween(new BigDecimal("1.05"), new BigDecimal("1.06"));
    assertThat(stats.value3()).isEqualTo(5286953);
  }

  @Test
  void fetchesByCompositeKeyAndAliasedSelfJoin() {
    Employee boss = EMPLOYEE.as("boss");
    List<Record2<String, String>> reports =
        db.select(EMPLOYEE.LAST_NAME, boss.LAST_NAME)
            .from(EMPLOYEE)
            .leftJoin(boss)
            .on(EMPLOYEE.REPORTS_TO.eq(boss.EMPLOYEE_ID))
            .orderBy(EMPLOYEE.EMPLOYEE_ID)
            .fetch();

    assertThat(reports.get(0).value2()).isNull();
    assertThat(reports.get(1).value2()).isEqualTo("Adams");
    assertThat(db.fetchById(PLAYLIST_TRACK, 1, 1)).isPresent();
    assertThat(db.fetchById(PLAYLIST_TRACK, 1, 99_999)).isEmpty();
    // a composite key, prepared once for the table: each call binds its own two values in order
    assertThat(db.fetchById(PLAYLIST_TRACK, 1, 3402).orElseThrow().intoArray())
        .containsExactly(1, 3402);
    assertThat(db.fetchById(PLAYLIST_TRACK, 3402, 1)).isEmpty();
  }

  @Test
  void streamsAllTracks() {
    long seconds;
    try (Stream<TrackRecord> tracks = db.selectFrom(TRACK).fetchSize(500).stream()) {
      seconds = tracks.mapToLong(track -> track.getMilliseconds() / 1000).sum();
    }

    assertThat(seconds).isGreaterThan(1_300_000);
  }

  @Test
  void readsNullableColumnsAsNull() {
    AlbumRecord album = db.fetchById(ALBUM, 1).orElseThrow();
    TrackRecord track = db.fetchById(TRACK, 63).orElseThrow();

    assertThat(album.getTitle()).isEqualTo("For Those About To Rock We Salute You");
    assertThat(track.getComposer()).isNull();
  }
}
