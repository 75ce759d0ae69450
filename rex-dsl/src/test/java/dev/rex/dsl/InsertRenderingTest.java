package dev.rex.dsl;

import static dev.rex.dsl.DSL.excluded;
import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.fixtures.ArtistRecord;
import dev.rex.dsl.fixtures.Rendering;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertRenderingTest {

  @Test
  void rendersInsertWithSet() {
    assertRenders(
        insertInto(ARTIST).set(ARTIST.NAME, "Nina"),
        "insert into \"artist\" (\"name\") values (?)",
        "Nina");
    assertRenders(
        insertInto(ALBUM).set(ALBUM.TITLE, "T").set(ALBUM.ARTIST_ID, val(3)),
        "insert into \"album\" (\"title\", \"artist_id\") values (?, ?)",
        "T",
        3);
  }

  @Test
  void rendersMultiRowInsertWithNewRecord() {
    assertRenders(
        insertInto(ALBUM)
            .set(ALBUM.TITLE, "a")
            .set(ALBUM.ARTIST_ID, 1)
            .newRecord()
            .set(ALBUM.TITLE, "b")
            .set(ALBUM.ARTIST_ID, 2),
        "insert into \"album\" (\"title\", \"artist_id\") values (?, ?), (?, ?)",
        "a",
        1,
        "b",
        2);
  }

  @Test
  void newRecordBeforeAnyColumnChangesNothing() {
    assertRenders(
        insertInto(ARTIST).set(ARTIST.NAME, "a").newRecord().newRecord().set(ARTIST.NAME, "b"),
        "insert into \"artist\" (\"name\") values (?), (?)",
        "a",
        "b");
  }

  @Test
  void rejectsALaterRowThatSetsOtherColumns() {
    var first = insertInto(ALBUM).set(ALBUM.TITLE, "a").set(ALBUM.ARTIST_ID, 1).newRecord();
    assertThatThrownBy(() -> first.set(ALBUM.ARTIST_ID, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Every row of a multi-row insert must set the same columns in the same order as the"
                + " first row [title, artist_id]; got artist_id at position 1.");
  }

  @Test
  void rejectsNewRecordAfterAnIncompleteRow() {
    var second =
        insertInto(ALBUM)
            .set(ALBUM.TITLE, "a")
            .set(ALBUM.ARTIST_ID, 1)
            .newRecord()
            .set(ALBUM.TITLE, "b");
    assertThatThrownBy(second::newRecord)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The previous row sets 1 of 2 columns.");
  }

  @Test
  void rejectsRenderingAnInsertWhoseLastRowIsIncomplete() {
    var incomplete =
        insertInto(ALBUM)
            .set(ALBUM.TITLE, "a")
            .set(ALBUM.ARTIST_ID, 1)
            .newRecord()
            .set(ALBUM.TITLE, "b");
    assertThatThrownBy(() -> incomplete.render(Rendering.PG))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Row 2 of the insert into album sets 1 of the 2 columns [title, artist_id].");
  }

  @Test
  void rendersTypedValuesRows() {
    assertRenders(
        insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values("a", 1).values("b", 2),
        "insert into \"album\" (\"title\", \"artist_id\") values (?, ?), (?, ?)",
        "a",
        1,
        "b",
        2);
    assertRenders(
        insertInto(ARTIST, ARTIST.NAME).values(val("x")).values((String) null),
        "insert into \"artist\" (\"name\") values (?), (?)",
        "x",
        null);
    assertRenders(
        insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values(DSL.upper(val("c")), val(3)),
        "insert into \"album\" (\"title\", \"artist_id\") values (upper(?), ?)",
        "c",
        3);
  }

  @Test
  void rendersUntypedValuesAndChecksThemAtRunTime() {
    var insert = insertInto(ALBUM, List.of(ALBUM.TITLE, ALBUM.ARTIST_ID));
    assertRenders(
        insert.values("a", 1).values("b", null),
        "insert into \"album\" (\"title\", \"artist_id\") values (?, ?), (?, ?)",
        "a",
        1,
        "b",
        null);
    assertThatThrownBy(() -> insert.values("a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("This insert has 2 columns [title, artist_id] but the row has 1 values.");
    assertThatThrownBy(() -> insert.values(42, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Column title takes String values, not Integer (42).");
  }

  @Test
  void rendersInsertSelect() {
    var query =
        insertInto(ARTIST, ARTIST.NAME)
            .select(select(ALBUM.TITLE).from(ALBUM).where(ALBUM.ALBUM_ID.eq(7)));
    assertRenders(
        query,
        "insert into \"artist\" (\"name\") select \"album\".\"title\" from \"album\" where"
            + " \"album\".\"album_id\" = ?",
        7);
    assertRenders(
        insertInto(ARTIST, List.of(ARTIST.NAME)).select(select(ALBUM.TITLE).from(ALBUM)),
        "insert into \"artist\" (\"name\") select \"album\".\"title\" from \"album\"");
  }

  @Test
  void rendersOnConflictDoUpdateWithExcludedValuesAndWhere() {
    var query =
        insertInto(ARTIST)
            .set(ARTIST.ARTIST_ID, 1)
            .set(ARTIST.NAME, "New")
            .onConflict(ARTIST.ARTIST_ID)
            .doUpdate()
            .set(ARTIST.NAME, excluded(ARTIST.NAME))
            .set(ARTIST.ARTIST_ID, 5)
            .where(ARTIST.NAME.ne("Keep"));

    assertRenders(
        query,
        "insert into \"artist\" (\"artist_id\", \"name\") values (?, ?) on conflict"
            + " (\"artist_id\") do update set \"name\" = excluded.\"name\", \"artist_id\" = ?"
            + " where \"artist\".\"name\" <> ?",
        1,
        "New",
        5,
        "Keep");
  }

  @Test
  void rendersOnConflictDoNothingWithAndWithoutTarget() {
    assertRenders(
        insertInto(ARTIST).set(ARTIST.NAME, "a").onConflict(ARTIST.NAME).doNothing(),
        "insert into \"artist\" (\"name\") values (?) on conflict (\"name\") do nothing",
        "a");
    assertRenders(
        insertInto(ARTIST).set(ARTIST.NAME, "a").onConflictDoNothing(),
        "insert into \"artist\" (\"name\") values (?) on conflict do nothing",
        "a");
  }

  @Test
  void rendersDefaultValues() {
    assertRenders(insertInto(ARTIST).defaultValues(), "insert into \"artist\" default values");
    assertRenders(
        insertInto(ARTIST).defaultValues().returning(ARTIST.ARTIST_ID),
        "insert into \"artist\" default values returning \"artist_id\"");
  }

  @Test
  void rendersReturningEveryColumnOrSomeColumns() {
    assertRenders(
        insertInto(ARTIST).set(ARTIST.NAME, "a").returning(),
        "insert into \"artist\" (\"name\") values (?) returning \"artist_id\", \"name\"",
        "a");
    var some =
        insertInto(ARTIST).set(ARTIST.NAME, "a").onConflictDoNothing().returning(ARTIST.ARTIST_ID);
    assertRenders(
        some,
        "insert into \"artist\" (\"name\") values (?) on conflict do nothing returning"
            + " \"artist_id\"",
        "a");
    ArtistRecord partial = some.recordType().newRecord(new Object[] {42}, null);
    assertThat(partial.getArtistId()).isEqualTo(42);
    assertThat(partial.getName()).isNull();
  }

  @Test
  void insertsTheChangedColumnsOfARecord() {
    ArtistRecord record = new ArtistRecord().setName("From record");
    assertRenders(
        insertInto(ARTIST).set(record),
        "insert into \"artist\" (\"name\") values (?)",
        "From record");
  }

  @Test
  void rejectsInsertingARecordThatIsNotATableRecord() {
    Record row = select(val(1)).recordType().newRecord(new Object[] {1}, null);
    assertThatThrownBy(() -> insertInto(ARTIST).set(row))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Only a table record can be inserted with set(record).");
  }

  @Test
  void rejectsInsertingARecordOfAnotherTable() {
    AlbumRecord album = new AlbumRecord().setTitle("T");
    assertThatThrownBy(() -> insertInto(ARTIST).set(album))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A record of album cannot be inserted into artist.");
  }

  @Test
  void rejectsInsertingIntoAnAlias() {
    var query = insertInto(ARTIST.as("a")).set(ARTIST.NAME, "x");
    assertThatThrownBy(() -> query.render(Rendering.PG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Insert into the table itself, not an alias of it: artist.");
  }

  @Test
  void toStringRendersPostgresSql() {
    assertThat(insertInto(ARTIST).set(ARTIST.NAME, "a").toString())
        .isEqualTo("insert into \"artist\" (\"name\") values (?) [a]");
  }
}
