package dev.rex.it;

import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.INVOICE;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.exception.MappingException;
import dev.rex.it.chinook.tables.records.AlbumRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * jOOQ's {@code fetchInto} / {@code into(Class)} and the typed getters of {@code Record}, on real
 * Chinook data; the same source runs on every dialect, with the same results. The porting guide
 * (docs/from-jooq.md) links here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqMappingTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  /** Components named as the columns, in another spelling: matched by name. */
  record AlbumRow(Integer albumId, String title) {}

  /** Components in another order and a primitive: still matched by name. */
  record TitleFirst(String title, long albumId) {}

  /** Names that match no column: matched by position. */
  record Credit(String album, String artist) {}

  /** A JavaBean: no-argument constructor and setters. */
  static final class AlbumBean {
    private int albumId;
    private String title = "";

    public void setAlbumId(int albumId) {
      this.albumId = albumId;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    int albumId() {
      return albumId;
    }

    String title() {
      return title;
    }
  }

  /** A class with public mutable fields and no setters. */
  static final class InvoiceFields {
    public Integer invoiceId;
    public BigDecimal total;
  }

  /** An immutable class with one constructor taking every column. */
  static final class Named {
    final String name;
    final Integer milliseconds;

    Named(String name, Integer milliseconds) {
      this.name = name;
      this.milliseconds = milliseconds;
    }
  }

  record TooMany(Integer albumId, String title, String label) {}

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void fetchIntoMapsJavaRecordsByComponentName() {
    List<AlbumRow> albums =
        db.select(ALBUM.ALBUM_ID, ALBUM.TITLE)
            .from(ALBUM)
            .where(ALBUM.ARTIST_ID.eq(1))
            .orderBy(ALBUM.ALBUM_ID)
            .fetchInto(AlbumRow.class);

    assertThat(albums)
        .containsExactly(
            new AlbumRow(1, "For Those About To Rock We Salute You"),
            new AlbumRow(4, "Let There Be Rock"));
  }

  @Test
  void selectFromFetchIntoMatchesByNameWhateverTheOrderAndWidensToPrimitives() {
    List<TitleFirst> albums =
        db.selectFrom(ALBUM)
            .where(ALBUM.ARTIST_ID.eq(1))
            .orderBy(ALBUM.ALBUM_ID)
            .fetchInto(TitleFirst.class);

    assertThat(albums)
        .containsExactly(
            new TitleFirst("For Those About To Rock We Salute You", 1L),
            new TitleFirst("Let There Be Rock", 4L));
  }

  @Test
  void recordsWhoseNamesDoNotMatchAreFilledByPosition() {
    List<Credit> credits =
        db.select(ALBUM.TITLE, ARTIST.NAME)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ALBUM.ALBUM_ID.eq(4))
            .fetchInto(Credit.class);

    assertThat(credits).containsExactly(new Credit("Let There Be Rock", "AC/DC"));
  }

  @Test
  void classesAreFilledBySettersFieldsOrTheirConstructor() {
    AlbumBean bean = db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(4)).fetchOneInto(AlbumBean.class);
    InvoiceFields invoice =
        db.select(INVOICE.INVOICE_ID, INVOICE.TOTAL)
            .from(INVOICE)
            .where(INVOICE.INVOICE_ID.eq(1))
            .fetchSingleInto(InvoiceFields.class);
    Named track =
        db.select(TRACK.NAME, TRACK.MILLISECONDS)
            .from(TRACK)
            .where(TRACK.TRACK_ID.eq(1))
            .fetchSingleInto(Named.class);

    assertThat(bean.albumId()).isEqualTo(4);
    assertThat(bean.title()).isEqualTo("Let There Be Rock");
    assertThat(invoice.invoiceId).isEqualTo(1);
    assertThat(invoice.total).isEqualByComparingTo("1.98");
    assertThat(track.name).isEqualTo("For Those About To Rock (We Salute You)");
    assertThat(track.milliseconds).isEqualTo(343719);
  }

  @Test
  void oneColumnRowsMapIntoValueTypes() {
    List<String> names =
        db.select(ARTIST.NAME)
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.le(3))
            .orderBy(ARTIST.ARTIST_ID)
            .fetchInto(String.class);
    Long tracks = db.selectCount().from(TRACK).fetchOneInto(Long.class);
    Optional<Integer> missing =
        db.select(ALBUM.ALBUM_ID)
            .from(ALBUM)
            .where(ALBUM.ALBUM_ID.eq(-1))
            .fetchOptionalInto(Integer.class);

    assertThat(names).containsExactly("AC/DC", "Accept", "Aerosmith");
    assertThat(tracks).isEqualTo(3503L);
    assertThat(missing).isEmpty();
    assertThat(db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(-1)).fetchOneInto(AlbumRow.class))
        .isNull();
    assertThat(db.selectFrom(ALBUM).orderBy(ALBUM.ALBUM_ID).fetchAnyInto(AlbumRow.class))
        .isEqualTo(new AlbumRow(1, "For Those About To Rock We Salute You"));
  }

  @Test
  void recordIntoMapsOneRowAndResultIntoMapsAll() {
    AlbumRecord album = db.fetchOne(ALBUM, ALBUM.ALBUM_ID.eq(4));
    Result<AlbumRecord> acdc = db.fetch(ALBUM, ALBUM.ARTIST_ID.eq(1));

    assertThat(album).isNotNull();
    assertThat(album.into(AlbumRow.class)).isEqualTo(new AlbumRow(4, "Let There Be Rock"));
    assertThat(acdc.into(AlbumRow.class)).hasSize(2).contains(new AlbumRow(4, "Let There Be Rock"));
  }

  @Test
  void aRowThatFitsNoConstructorIsAClearMappingError() {
    assertThatThrownBy(() -> db.selectFrom(ALBUM).limit(1).fetchInto(TooMany.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining(TooMany.class.getName())
        .hasMessageContaining("[albumId, title, label] match no column by name");
    assertThatThrownBy(() -> db.selectFrom(ALBUM).limit(1).fetchInto(Integer.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("exactly one column");
    assertThatThrownBy(
            () ->
                db.select(ARTIST.NAME)
                    .from(ARTIST)
                    .where(ARTIST.ARTIST_ID.eq(1))
                    .fetchInto(Integer.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("Cannot convert String 'AC/DC' to java.lang.Integer");
  }

  @Test
  void typedGettersConvertByFieldNameAndIndex() {
    Record row =
        db.select(ALBUM.ALBUM_ID, ALBUM.TITLE, DSL.count().as("n"))
            .from(ALBUM)
            .where(ALBUM.ALBUM_ID.eq(4))
            .groupBy(ALBUM.ALBUM_ID, ALBUM.TITLE)
            .fetchSingle();

    assertThat(row.getValue(ALBUM.TITLE)).isEqualTo("Let There Be Rock");
    assertThat(row.get(0, Long.class)).isEqualTo(4L);
    assertThat(row.get("n", BigDecimal.class)).isEqualByComparingTo("1");
    assertThat(row.get(ALBUM.ALBUM_ID, String.class)).isEqualTo("4");
    assertThat(row.getValue(1)).isEqualTo("Let There Be Rock");
  }

  @Test
  void resultsFormatAsATextTable() {
    Result<?> result =
        db.select(ALBUM.ALBUM_ID, ALBUM.TITLE)
            .from(ALBUM)
            .where(ALBUM.ARTIST_ID.eq(1))
            .orderBy(ALBUM.ALBUM_ID)
            .fetch();
    String id = ALBUM.ALBUM_ID.getName();
    String title = ALBUM.TITLE.getName();

    assertThat(result.format())
        .startsWith("+" + "-".repeat(id.length()) + "+")
        .contains("|" + id + "|" + title)
        .contains("|" + " ".repeat(id.length() - 1) + "4|Let There Be Rock")
        .contains("For Those About To Rock We Salute You");
    assertThat(result.format(1)).endsWith("|...1 record(s) truncated...\n");
    assertThat(result).hasToString(result.format());
  }

  @Test
  void recordIntoTableTakesThatTablesColumnsOfAJoinedRow() {
    List<String> titles =
        db.select()
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .where(ARTIST.ARTIST_ID.eq(1))
            .orderBy(ALBUM.ALBUM_ID)
            .fetch()
            .map(r -> r.into(ALBUM).getTitle());
    AlbumRecord partial =
        db.select(ALBUM.TITLE).from(ALBUM).where(ALBUM.ALBUM_ID.eq(4)).fetchSingle().into(ALBUM);

    assertThat(titles)
        .containsExactly("For Those About To Rock We Salute You", "Let There Be Rock");
    assertThat(partial.getTitle()).isEqualTo("Let There Be Rock");
    assertThat(partial.getAlbumId()).isNull();
  }
}
