package dev.rex.dsl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.RecordingExecutor;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsTest {

  record AlbumView(String title, String artist) {}

  private static <R extends Record> R row(Select<R> select, Object... values) {
    return select.recordType().newRecord(values, null);
  }

  @Test
  void mapsTypedRowsIntoConstructors() {
    RecordingExecutor executor =
        new RecordingExecutor(PG)
            .willReturn(new Object[] {"Let There Be Rock", "AC/DC"}, new Object[] {"Solo", null});
    DSLContext db = executor.context();

    List<AlbumView> views =
        db.select(ALBUM.TITLE, ARTIST.NAME)
            .from(ALBUM)
            .join(ARTIST)
            .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
            .fetch(Records.mapping(AlbumView::new));

    assertThat(views)
        .containsExactly(new AlbumView("Let There Be Rock", "AC/DC"), new AlbumView("Solo", null));
    assertThat(executor.lastSql())
        .isEqualTo(
            "select \"album\".\"title\", \"artist\".\"name\" from \"album\" join \"artist\" on"
                + " \"album\".\"artist_id\" = \"artist\".\"artist_id\"");
  }

  @Test
  void readsValuesOfATypedRowByPosition() {
    Record3<String, Integer, BigDecimal> record =
        row(select(TRACK.NAME, TRACK.BYTES, TRACK.UNIT_PRICE), "a", 7, new BigDecimal("0.99"));

    assertThat(record.value1()).isEqualTo("a");
    assertThat(record.value2()).isEqualTo(7);
    assertThat(record.value3()).isEqualByComparingTo("0.99");
    assertThat(record.size()).isEqualTo(3);
    assertThat(record.get(1)).isEqualTo(7);
    @SuppressWarnings("unchecked")
    Record4<String, Integer, BigDecimal, Object> wider =
        (Record4<String, Integer, BigDecimal, Object>) (Record) record;
    assertThatThrownBy(wider::value4).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void readsValuesByFieldAndByName() {
    Field<Integer> tracks = count().as("tracks");
    Record2<String, Integer> record = row(select(ALBUM.TITLE, tracks), "T", 12);

    assertThat(record.get(ALBUM.TITLE)).isEqualTo("T");
    assertThat(record.get(tracks)).isEqualTo(12);
    assertThat(record.get(count().as("tracks"))).isEqualTo(12);
    assertThat(record.get("title")).isEqualTo("T");
    assertThat(record.get("tracks")).isEqualTo(12);
    assertThat(record.fields()).containsExactly(ALBUM.TITLE, tracks);
  }

  @Test
  void findsTheColumnOfADerivedTableByItsName() {
    var derived = select(ALBUM.TITLE).from(ALBUM).asTable("d");
    Record1<String> record = row(select(ALBUM.TITLE), "T");
    assertThat(record.get(derived.field(ALBUM.TITLE))).isEqualTo("T");
  }

  @Test
  void rejectsFieldsAndNamesTheRecordDoesNotHave() {
    Record2<String, String> record = row(select(ALBUM.TITLE, ARTIST.NAME), "T", "A");

    assertThatThrownBy(() -> record.get(ARTIST.ARTIST_ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("This record has no field artist_id; it has [title, name]");
    assertThatThrownBy(() -> record.get("album_id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("This record has no field named album_id; it has [title, name]");
  }

  @Test
  void convertsIntoMapsAndArrays() {
    Record2<String, String> record = row(select(ALBUM.TITLE, ARTIST.NAME), "T", null);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("title", "T");
    expected.put("name", null);
    assertThat(record.intoMap()).containsExactlyEntriesOf(expected);
    Object[] array = record.intoArray();
    assertThat(array).containsExactly("T", null);
    array[0] = "changed";
    assertThat(record.value1()).isEqualTo("T");
    assertThat(record.toString()).isEqualTo("{title=T, name=null}");
  }

  @Test
  void comparesRecordsByFieldsAndValues() {
    var query = select(ALBUM.TITLE, ARTIST.NAME);
    assertThat(row(query, "T", "A"))
        .isEqualTo(row(query, "T", "A"))
        .hasSameHashCodeAs(row(query, "T", "A"))
        .isNotEqualTo(row(query, "T", "B"))
        .isNotEqualTo(row(select(ALBUM.TITLE, ALBUM.TITLE), "T", "A"));
  }

  @Test
  void resultsMapAndReadFieldsOfEveryRecord() {
    RecordingExecutor executor =
        new RecordingExecutor(PG).willReturn(new Object[] {"a", 1}, new Object[] {"b", 2});
    Result<Record2<String, Integer>> result =
        executor.context().select(ALBUM.TITLE, ALBUM.ALBUM_ID).from(ALBUM).fetch();

    assertThat(result).hasSize(2);
    assertThat(result.getValues(ALBUM.ALBUM_ID)).containsExactly(1, 2);
    assertThat(result.map(Record2::value1)).containsExactly("a", "b");
    assertThat(result.intoMaps())
        .containsExactly(Map.of("title", "a", "album_id", 1), Map.of("title", "b", "album_id", 2));
    assertThatThrownBy(() -> result.add(result.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
