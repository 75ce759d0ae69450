package dev.rex.dsl;

import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.exception.DetachedException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.fixtures.ArtistRecord;
import dev.rex.dsl.fixtures.RecordingExecutor;
import dev.rex.dsl.gen.AbstractTable;
import dev.rex.dsl.gen.AbstractUpdatableRecord;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TableRecordTest {

  @Test
  void tracksWhichColumnsWereChanged() {
    AlbumRecord album = new AlbumRecord();
    assertThat(album.changed()).isFalse();

    album.setTitle("T").set(ALBUM.ARTIST_ID, 3);

    assertThat(album.changed()).isTrue();
    assertThat(album.changed(ALBUM.TITLE)).isTrue();
    assertThat(album.changed(ALBUM.ARTIST_ID)).isTrue();
    assertThat(album.changed(ALBUM.ALBUM_ID)).isFalse();
    assertThat(album.getArtistId()).isEqualTo(3);
    assertThat(album.table()).isSameAs(ALBUM);
    assertThat(album.fields()).isEqualTo(ALBUM.fields());
  }

  @Test
  void setsColumnsOfAnAliasedTableByName() {
    AlbumRecord album = new AlbumRecord().set(ALBUM.as("a").TITLE, "T");
    assertThat(album.getTitle()).isEqualTo("T");
  }

  @Test
  void refusesToStoreADetachedRecordWithAClearMessage() {
    AlbumRecord album = new AlbumRecord().setTitle("T");
    String message =
        "This record of album is not attached to a database, so it cannot be inserted, updated,"
            + " stored, deleted or refreshed. Create it with db.newRecord(table), fetch it through"
            + " a Rex instance, or attach it first with record.attach(db).";

    assertThatThrownBy(album::store).isInstanceOf(DetachedException.class).hasMessage(message);
    assertThatThrownBy(album::delete).isInstanceOf(DetachedException.class).hasMessage(message);
    assertThatThrownBy(album::refresh).isInstanceOf(DetachedException.class).hasMessage(message);
  }

  @Test
  void insertsAChangedRecordAndReadsBackGeneratedValues() {
    RecordingExecutor executor = new RecordingExecutor(PG).willReturn(new Object[] {42, "Nina"});
    ArtistRecord artist = executor.context().newRecord(ARTIST).setName("Nina");

    assertThat(artist.store()).isEqualTo(1);

    assertThat(executor.lastSql())
        .isEqualTo(
            "insert into \"artist\" (\"name\") values (?) returning \"artist_id\", \"name\"");
    assertThat(artist.getArtistId()).isEqualTo(42);
    assertThat(artist.changed()).isFalse();
  }

  @Test
  void insertsDefaultValuesWhenNothingChanged() {
    RecordingExecutor executor = new RecordingExecutor(SQLITE).willReturn(new Object[] {7, null});
    ArtistRecord artist = executor.context().newRecord(ARTIST);

    artist.insert();

    assertThat(executor.lastSql())
        .isEqualTo("insert into `artist` default values returning `artist_id`, `name`");
    assertThat(artist.getArtistId()).isEqualTo(7);
  }

  @Test
  void insertsWithoutReturningWhereTheDialectHasNone() {
    RecordingExecutor executor = new RecordingExecutor(withoutReturning());
    ArtistRecord artist = new ArtistRecord().setArtistId(5).setName("x").attach(executor);

    assertThat(artist.insert()).isEqualTo(1);
    assertThat(executor.lastSql())
        .isEqualTo("insert into \"artist\" (\"artist_id\", \"name\") values (?, ?)");
    assertThat(artist.changed()).isFalse();

    artist.setName("y");
    artist.store();
    assertThat(executor.lastSql())
        .isEqualTo("update \"artist\" set \"name\" = ? where \"artist\".\"artist_id\" = ?");
  }

  @Test
  void updatesChangedColumnsOfAFetchedRecordByItsOriginalKey() {
    RecordingExecutor executor = new RecordingExecutor(PG).willReturn(new Object[] {1, "Old"});
    ArtistRecord artist =
        executor.context().selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1)).fetchSingle();

    assertThat(artist.update()).isZero();
    assertThat(executor.statements()).hasSize(1);

    artist.setArtistId(9).setName("New");
    assertThat(artist.store()).isEqualTo(1);

    RenderedQuery update = executor.statements().get(1);
    assertThat(update.sql())
        .isEqualTo(
            "update \"artist\" set \"artist_id\" = ?, \"name\" = ? where \"artist\".\"artist_id\""
                + " = ?");
    assertThat(update.bindValues()).containsExactly(9, "New", 1);
    assertThat(artist.changed()).isFalse();

    artist.setName("Newer").update();
    assertThat(executor.statements().get(2).bindValues()).containsExactly("Newer", 9);
  }

  @Test
  void selectFromOfATableRunsOnTheExecutorItWasMadeOnWhateverWasMadeBetween() {
    RecordingExecutor first = new RecordingExecutor(PG).willReturn(new Object[] {1, "One"});
    RecordingExecutor second = new RecordingExecutor(PG).willReturn(new Object[] {2, "Two"});
    var fromFirst = first.context().selectFrom(ARTIST);
    var fromSecond = second.context().selectFrom(ARTIST);
    var againFromFirst = first.context().selectFrom(ARTIST);

    assertThat(fromSecond.fetchSingle().getName()).isEqualTo("Two");
    assertThat(againFromFirst.where(ARTIST.ARTIST_ID.eq(1)).fetchSingle().getName())
        .isEqualTo("One");
    assertThat(first.statements()).hasSize(1);
    assertThat(first.statements().get(0).bindValues()).containsExactly(1);
    assertThat(second.statements()).hasSize(1);
    assertThatThrownBy(() -> DSL.selectFrom(ARTIST).fetch()).isInstanceOf(DetachedException.class);
    assertThat(fromFirst.toString()).isEqualTo(againFromFirst.toString());
  }

  @Test
  void queriesOfOneShapeRenderedOneAfterTheOtherKeepTheirOwnValues() {
    var one = DSL.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1)).and(ARTIST.NAME.eq("a"));
    var two = DSL.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(2)).and(ARTIST.NAME.eq("b"));
    RenderedQuery first = one.render(SQLITE);
    RenderedQuery cachedFirst = one.render(SQLITE);
    RenderedQuery cachedSecond = two.render(SQLITE);
    RenderedQuery cachedFirstAgain = one.render(SQLITE);

    assertThat(first.bindValues()).containsExactly(1, "a");
    assertThat(cachedFirst.bindValues()).containsExactly(1, "a");
    assertThat(cachedSecond.bindValues()).containsExactly(2, "b");
    assertThat(cachedFirstAgain.bindValues()).containsExactly(1, "a");
    assertThat(cachedSecond.sql()).isEqualTo(first.sql());
  }

  @Test
  void queriesOfOneValueRenderedOneAfterTheOtherKeepTheirOwnValue() {
    var one = DSL.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1));
    var two = DSL.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(2));
    one.render(SQLITE);
    RenderedQuery cachedFirst = one.render(SQLITE);
    RenderedQuery cachedSecond = two.render(SQLITE);
    RenderedQuery nullValue =
        DSL.selectFrom(ARTIST).where(ARTIST.NAME.eq((String) null)).render(SQLITE);

    assertThat(cachedFirst.bindValues()).containsExactly(1);
    assertThat(cachedSecond.bindValues()).containsExactly(2);
    assertThat(cachedFirst.bindCount()).isOne();
    assertThat(cachedFirst.bindValue(0)).isEqualTo(1);
    assertThat(cachedFirst.bindType(0)).isEqualTo(ARTIST.ARTIST_ID.getDataType());
    assertThat(cachedFirst.bindColumn(0)).isEqualTo("artist.artist_id");
    assertThat(cachedFirst).hasToString(cachedFirst.sql() + " [1]");
    assertThatThrownBy(() -> cachedFirst.bindValue(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Bind value 1 of a rendering with one bind value");
    assertThat(nullValue.bindCount()).isZero();
  }

  @Test
  void aRenderingOfOneValueHasOneBindType() {
    RenderedQuery one =
        RenderedQuery.ofOneValue("select ?", null, new DataType<?>[] {SQLDataType.INTEGER}, null);

    assertThat(one.bindValues()).containsExactly((Object) null);
    assertThat(one.bindColumn(0)).isNull();
    assertThatThrownBy(() -> RenderedQuery.ofOneValue("select ?, ?", 1, new DataType<?>[2], null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A rendering of one value has one bind type, not 2");
  }

  @Test
  void aRecordCopiesTheRowItWasReadIntoBeforeItsFirstChange() {
    Object[] row = {1, "Old"};
    RecordingExecutor executor = new RecordingExecutor(PG).willReturn(row);
    ArtistRecord artist = executor.context().selectFrom(ARTIST).fetchSingle();

    artist.setName("New");

    assertThat(row).containsExactly(1, "Old");
    assertThat(artist.getName()).isEqualTo("New");
    assertThat(artist.changed(ARTIST.NAME)).isTrue();
    assertThat(artist.changed(ARTIST.ARTIST_ID)).isFalse();
    assertThat(artist.intoArray()).containsExactly(1, "New");
  }

  @Test
  void newRecordsShareNoValues() {
    ArtistRecord first = new ArtistRecord();
    ArtistRecord second = new ArtistRecord();

    first.setName("A");

    assertThat(second.getName()).isNull();
    assertThat(second.changed()).isFalse();
    assertThat(new ArtistRecord().intoArray()).containsExactly(null, null);
  }

  @Test
  void aStoredRecordKeepsItsStoredKeyWhenChangedAgain() {
    RecordingExecutor executor = new RecordingExecutor(PG).willReturn(new Object[] {5, "A"});
    ArtistRecord artist = executor.context().selectFrom(ARTIST).fetchSingle();
    artist.setName("B").update();

    artist.setArtistId(6).setName("C").update();

    assertThat(executor.lastSql())
        .isEqualTo(
            "update \"artist\" set \"artist_id\" = ?, \"name\" = ? where"
                + " \"artist\".\"artist_id\" = ?");
    assertThat(executor.statements().get(2).bindValues()).containsExactly(6, "C", 5);
  }

  @Test
  void deletesByKeyAndInsertsAgainOnTheNextStore() {
    RecordingExecutor executor =
        new RecordingExecutor(PG)
            .willReturn(new Object[] {3, "A"})
            .willReturn(new Object[] {4, "A"});
    ArtistRecord artist = executor.context().selectFrom(ARTIST).fetchOne();

    assertThat(artist.delete()).isEqualTo(1);
    assertThat(executor.lastSql())
        .isEqualTo("delete from \"artist\" where \"artist\".\"artist_id\" = ?");

    artist.setName("A");
    artist.store();
    assertThat(executor.lastSql()).startsWith("insert into \"artist\"");
    assertThat(artist.getArtistId()).isEqualTo(4);
  }

  @Test
  void refreshesEveryColumnFromTheDatabase() {
    RecordingExecutor executor = new RecordingExecutor(PG).willReturn(new Object[] {3, "Fresh"});
    ArtistRecord artist = new ArtistRecord().setArtistId(3).setName("Stale").attach(executor);

    artist.refresh();

    assertThat(executor.lastSql())
        .isEqualTo(
            "select \"artist\".\"artist_id\", \"artist\".\"name\" from \"artist\" where"
                + " \"artist\".\"artist_id\" = ?");
    assertThat(artist.getName()).isEqualTo("Fresh");
    assertThat(artist.changed()).isFalse();
  }

  @Test
  void refusesToFindARowWithoutAKeyValue() {
    ArtistRecord artist = new ArtistRecord().setName("x").attach(new RecordingExecutor(PG));
    assertThatThrownBy(artist::delete)
        .isInstanceOf(RexException.class)
        .hasMessage("The record of artist has no value for key column artist_id.");
  }

  @Test
  void refusesToUpdateATableWithoutPrimaryKey() {
    LogRecord log = new LogRecord();
    log.set(Log.LOG.MESSAGE, "m");
    log.attach(new RecordingExecutor(PG));
    assertThatThrownBy(log::refresh)
        .isInstanceOf(RexException.class)
        .hasMessage(
            "Table log has no primary key, so its records cannot be updated, deleted or refreshed."
                + " Use db.update(...) / db.deleteFrom(...) with a condition instead.");
  }

  @Test
  void refusesNewRecordsOfTablesThatAreNotGenerated() {
    DSLContext db = new RecordingExecutor(PG).context();
    Table<Record1<String>> derived = select(ALBUM.TITLE).from(ALBUM).asTable("d");
    assertThatThrownBy(() -> db.newRecord(derived))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("d is not a generated table.");
  }

  @Test
  void comparesTableRecordsByValues() {
    assertThat(new ArtistRecord().setName("a"))
        .isEqualTo(new ArtistRecord().setName("a"))
        .isNotEqualTo(new ArtistRecord().setName("b"));
    assertThat(new ArtistRecord().setName("a").toString()).isEqualTo("{artist_id=null, name=a}");
  }

  @Test
  void aTableRecordEqualsAPlainRowWithTheSameFieldsAndValues() {
    ArtistRecord record = new ArtistRecord().setArtistId(1).setName("a");
    Record row =
        dev.rex.dsl.impl.Queries.<Record>rowRecordType(ARTIST.fields())
            .newRecord(new Object[] {1, "a"}, null);

    assertThat(record).isEqualTo(row).hasSameHashCodeAs(row);
    assertThat(row).isEqualTo(record);
    assertThat(record).isNotEqualTo(new ArtistRecord().setArtistId(2).setName("a"));
  }

  @Test
  void aRecordIsHeldThroughThePublicInterfaces() {
    UpdatableRecord<?> record = new ArtistRecord();
    TableRecord<?> asTableRecord = record;

    record.set(ARTIST.NAME, "a");

    assertThat(asTableRecord.table()).isSameAs(ARTIST);
    assertThat(asTableRecord.changed(ARTIST.NAME)).isTrue();
    assertThat(asTableRecord.changed(ARTIST.ARTIST_ID)).isFalse();
    assertThat(asTableRecord.get(ARTIST.NAME)).isEqualTo("a");
    assertThatThrownBy(record::store).isInstanceOf(DetachedException.class);
  }

  private static Dialect withoutReturning() {
    return new Dialect() {
      @Override
      public String name() {
        return "plain";
      }

      @Override
      public boolean acceptsUrl(String jdbcUrl) {
        return false;
      }

      @Override
      public <T> Binding<T> binding(DataType<T> type) {
        return PostgresDialect.INSTANCE.binding(type);
      }

      @Override
      public boolean supportsReturning() {
        return false;
      }
    };
  }

  /** A table without a primary key. */
  static final class Log extends AbstractTable<LogRecord> implements WritableTable<LogRecord> {
    static final Log LOG = new Log();

    final TableField<LogRecord, String> MESSAGE = createField("message", SQLDataType.TEXT);

    private Log() {
      this(null);
    }

    private Log(@Nullable String alias) {
      super("log", null, alias);
    }

    @Override
    public Log as(String alias) {
      return new Log(alias);
    }

    @Override
    public LogRecord newRecord() {
      return new LogRecord();
    }
  }

  static final class LogRecord extends AbstractUpdatableRecord<LogRecord> {
    LogRecord() {
      super(Log.LOG);
    }
  }
}
