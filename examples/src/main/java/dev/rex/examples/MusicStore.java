package dev.rex.examples;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.partitionBy;
import static dev.rex.dsl.DSL.rowNumber;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.sum;
import static dev.rex.examples.chinook.snakecase.Tables.ALBUM;
import static dev.rex.examples.chinook.snakecase.Tables.ARTIST;
import static dev.rex.examples.chinook.snakecase.Tables.GENRE;
import static dev.rex.examples.chinook.snakecase.Tables.INVOICE;
import static dev.rex.examples.chinook.snakecase.Tables.INVOICE_LINE;
import static dev.rex.examples.chinook.snakecase.Tables.TRACK;

import dev.rex.Rex;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Records;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.Table;
import dev.rex.examples.chinook.snakecase.tables.records.ArtistRecord;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The example application: a music store on an embedded SQLite file, or on PostgreSQL. It migrates
 * the Chinook schema at start-up ({@code db.migrate}), writes through typed records and statements,
 * and prints what typed queries return. Run it with the README's first command.
 *
 * <p>One generated package and one set of queries serve both databases, because both migrate to the
 * same schema: PostgreSQL's Chinook spells its names in snake case ({@code album.artist_id}), and
 * on SQLite a migration of the store's own ({@code db/snake-case/sqlite}) renames SQLite's Chinook
 * ({@code Album.ArtistId}) to those names. On PostgreSQL the store keeps to a schema of its own,
 * {@value #POSTGRES_SCHEMA}, beside whatever else the database holds.
 */
public final class MusicStore {

  /** The database {@link #main} opens when given none. */
  static final String DEFAULT_URL = "jdbc:sqlite:chinook-example.db";

  /** The PostgreSQL schema the store migrates and queries. */
  static final String POSTGRES_SCHEMA = "music_store";

  /** A row of the best-sellers report. */
  record GenreSales(String genre, BigDecimal revenue) {}

  private final Rex db;
  private final PrintStream out;

  MusicStore(Rex db, PrintStream out) {
    this.db = db;
    this.out = out;
  }

  /** Runs the store on the JDBC URL of the first argument, else {@value #DEFAULT_URL}. */
  public static void main(String[] args) {
    try (Rex db = open(args.length > 0 ? args[0] : DEFAULT_URL)) {
      new MusicStore(db, System.out).run();
    }
  }

  /**
   * Connects to {@code jdbcUrl} and migrates the store's schema: Chinook, and on SQLite the
   * renaming to snake case. A PostgreSQL URL gets {@value #POSTGRES_SCHEMA} as its current schema,
   * which the migration creates when missing (unless the URL names a schema of its own).
   */
  static Rex open(String jdbcUrl) {
    String url = jdbcUrl;
    if (url.startsWith("jdbc:postgresql:") && !url.contains("currentSchema=")) {
      url += (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRES_SCHEMA;
    }
    Rex db = Rex.connect(url);
    try {
      String dialect = db.dialect().name();
      if (dialect.equals("sqlite")) {
        db.migrate("classpath:db/migration/sqlite", "classpath:db/snake-case/sqlite");
      } else {
        db.migrate("classpath:db/migration/" + dialect);
      }
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  void run() {
    out.println("Rex music store on " + db.dialect().name());
    signNewArtist();
    printCatalogue();
    printBestSellingGenres();
    printLongestTrackPerGenre();
  }

  /** Writes in one transaction: a new artist (generated key read back) and their albums. */
  void signNewArtist() {
    db.transaction(
        tx -> {
          tx.deleteFrom(ALBUM).where(ALBUM.TITLE.in("Pastel Blues", "Wild Is the Wind")).execute();
          tx.deleteFrom(ARTIST).where(ARTIST.NAME.eq("Nina Simone")).execute();
          ArtistRecord nina = tx.newRecord(ARTIST).setName("Nina Simone");
          nina.store();
          tx.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID)
              .values("Pastel Blues", nina.getArtistId())
              .values("Wild Is the Wind", nina.getArtistId())
              .execute();
          out.printf("Signed %s as artist #%d%n", nina.getName(), nina.getArtistId());
        });
  }

  void printCatalogue() {
    List<Record2<String, Integer>> biggest =
        db.select(ARTIST.NAME, count(ALBUM.ALBUM_ID))
            .from(ARTIST)
            .join(ALBUM)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .groupBy(ARTIST.NAME)
            .orderBy(count(ALBUM.ALBUM_ID).desc(), ARTIST.NAME)
            .limit(5)
            .fetch();
    out.printf(
        "%d artists, %d albums, %d tracks. Most albums:%n",
        db.fetchCount(ARTIST), db.fetchCount(ALBUM), db.fetchCount(TRACK));
    biggest.forEach(row -> out.printf("  %-30s %3d%n", row.value1(), row.value2()));
  }

  void printBestSellingGenres() {
    Field<BigDecimal> revenue = sum(INVOICE_LINE.UNIT_PRICE.times(INVOICE_LINE.QUANTITY));
    List<GenreSales> sales =
        db.select(GENRE.NAME, revenue)
            .from(INVOICE_LINE)
            .join(TRACK)
            .on(TRACK.TRACK_ID.eq(INVOICE_LINE.TRACK_ID))
            .join(GENRE)
            .on(GENRE.GENRE_ID.eq(TRACK.GENRE_ID))
            .groupBy(GENRE.NAME)
            .orderBy(revenue.desc())
            .limit(3)
            .fetch(Records.mapping(GenreSales::new));
    out.println("Best-selling genres:");
    sales.forEach(s -> out.printf("  %-20s %8s%n", s.genre(), money(s.revenue())));
    BigDecimal total = db.select(sum(INVOICE.TOTAL)).from(INVOICE).fetchSingle().value1();
    out.println("Total revenue: " + money(total));
  }

  /**
   * An amount with two decimals: SQLite sums NUMERIC columns in floating point, PostgreSQL exactly.
   */
  static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A window function in a derived table: the longest track of each genre. */
  void printLongestTrackPerGenre() {
    Table<?> ranked =
        select(
                GENRE.NAME.as("genre"),
                TRACK.NAME.as("track"),
                rowNumber()
                    .over(partitionBy(GENRE.NAME).orderBy(TRACK.MILLISECONDS.desc()))
                    .as("position"))
            .from(TRACK)
            .join(GENRE)
            .on(GENRE.GENRE_ID.eq(TRACK.GENRE_ID))
            .asTable("ranked");
    Field<String> genre = field(name("ranked", "genre"), SQLDataType.VARCHAR);
    Field<String> track = field(name("ranked", "track"), SQLDataType.VARCHAR);
    Field<Integer> position = field(name("ranked", "position"), SQLDataType.INTEGER);

    out.println("Longest track of the first genres:");
    db.select(genre, track)
        .from(ranked)
        .where(position.eq(1))
        .orderBy(genre)
        .limit(4)
        .fetch()
        .forEach(row -> out.printf("  %-20s %s%n", row.value1(), row.value2()));
  }
}
