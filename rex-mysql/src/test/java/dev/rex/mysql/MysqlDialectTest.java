package dev.rex.mysql;

import static dev.rex.dsl.DSL.concat;
import static dev.rex.dsl.DSL.excluded;
import static dev.rex.dsl.DSL.length;
import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.val;
import static dev.rex.fixtures.Album.ALBUM;
import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.TransactionOptions;
import dev.rex.dsl.Record2;
import dev.rex.dsl.Result;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.CheckViolationException;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.ForeignKeyViolationException;
import dev.rex.dsl.exception.InvalidNameException;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.exception.NotNullViolationException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.dsl.spi.Dialects;
import dev.rex.fixtures.AlbumRecord;
import dev.rex.fixtures.ArtistRecord;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import dev.rex.mysql.codegen.MariaDb;
import dev.rex.testing.Pools;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The MySQL dialect on a real MariaDB server: the runtime's artist and album fixture tables,
 * written and read through Rex, for everything the dialect does differently from PostgreSQL and
 * SQLite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class MysqlDialectTest {

  public static final String DDL =
      "create table artist (artist_id integer auto_increment primary key,"
          + " name varchar(120) not null, constraint artist_name_key unique (name));\n"
          + "create table album (album_id integer auto_increment primary key,"
          + " title varchar(160) not null, artist_id integer not null, released date,"
          + " price numeric(10, 2),"
          + " constraint album_artist_id_fkey foreign key (artist_id) references artist (artist_id),"
          + " constraint album_price_check check (price >= 0))";

  private String url;
  private Rex db;
  private final List<String> statements = new CopyOnWriteArrayList<>();

  @BeforeAll
  void createDatabase() {
    url = MariaDb.newDatabase();
    MariaDb.execute(url, DDL.split(";\n"));
    db =
        Rex.connect(
            url,
            RexSettings.defaults()
                .withListener(
                    ExecuteListener.onExecuteEnd((ExecuteContext c) -> statements.add(c.sql()))));
  }

  @BeforeEach
  void emptyTables() {
    MariaDb.execute(
        url,
        "delete from album",
        "delete from artist",
        "alter table album auto_increment = 1",
        "alter table artist auto_increment = 1");
    statements.clear();
  }

  @AfterEach
  void noConnectionLeaks() {
    Pools.assertNoActiveConnections(db);
  }

  @AfterAll
  void dropDatabase() {
    if (db != null) {
      db.close();
      MariaDb.dropDatabase(url);
    }
  }

  @Test
  void isTheDialectOfMariadbAndMysqlUrls() {
    assertThat(Dialects.forUrl(url)).isInstanceOf(MysqlDialect.class);
    assertThat(Dialects.forUrl("jdbc:mysql://localhost/app")).isSameAs(Dialects.named("mysql"));
    assertThat(MysqlDialect.INSTANCE.acceptsUrl("jdbc:postgresql://localhost/app")).isFalse();
  }

  @Test
  void namesTheDriverItBringsForTheMissingDriverError() throws Exception {
    assertThat(MysqlDialect.INSTANCE.driverArtifact())
        .isEqualTo("org.mariadb.jdbc:mariadb-java-client");
    assertThat(java.sql.DriverManager.getDriver("jdbc:mariadb://localhost/app"))
        .as("the artifact named is the one rex-mysql depends on")
        .isNotNull();
  }

  @Test
  void quotesWithBackticksAndRefusesNamesTheServerWouldNotKeep() {
    StringBuilder sql = new StringBuilder();
    MysqlDialect.INSTANCE.quote(sql, "odd`name");

    assertThat(sql).hasToString("`odd``name`");
    assertThatThrownBy(() -> MysqlDialect.INSTANCE.quote(new StringBuilder(), "n".repeat(65)))
        .isInstanceOf(InvalidNameException.class)
        .hasMessageContaining("64 characters");
  }

  @Test
  void aStoredRecordReadsItsGeneratedKeyAndDefaultsBack() {
    ArtistRecord artist = db.newRecord(ARTIST).setName("Nina");

    assertThat(artist.store()).isEqualTo(1);
    ArtistRecord second = db.newRecord(ARTIST).setName("Miles");
    second.insert();

    assertThat(artist.getArtistId()).isEqualTo(1);
    assertThat(second.getArtistId()).isEqualTo(2);
    assertThat(artist.changed()).isFalse();
    artist.setName("Nina Simone").store();
    assertThat(db.fetchById(ARTIST, 1)).map(ArtistRecord::getName).contains("Nina Simone");
  }

  @Test
  void aRecordWhoseKeyIsSetIsInsertedAsIs() {
    ArtistRecord artist = db.newRecord(ARTIST).setArtistId(7).setName("Nina");

    artist.store();

    assertThat(db.fetchById(ARTIST, 7)).isPresent();
  }

  @Test
  void anInsertOfOneRowReturnsItsRowReadBackByTheGeneratedKey() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
    statements.clear();

    Integer id =
        db.insertInto(ARTIST)
            .set(ARTIST.NAME, "Aretha")
            .returning(ARTIST.ARTIST_ID)
            .fetchOne(ARTIST.ARTIST_ID);
    ArtistRecord whole =
        db.insertInto(ARTIST, ARTIST.NAME).values("Etta").returning().fetchSingle();
    Record2<Integer, String> chosen =
        db.insertInto(ARTIST)
            .set(ARTIST.ARTIST_ID, 40)
            .set(ARTIST.NAME, "Billie")
            .returningResult(ARTIST.ARTIST_ID, ARTIST.NAME)
            .fetchSingle();

    assertThat(id).isEqualTo(2);
    assertThat(whole.getArtistId()).isEqualTo(3);
    assertThat(whole.getName()).isEqualTo("Etta");
    assertThat(chosen.value1()).isEqualTo(40);
    assertThat(chosen.value2()).isEqualTo("Billie");
    assertThat(statements)
        .as("each insert, then a select by its key")
        .hasSize(6)
        .allMatch(sql -> !sql.contains("returning"));
    assertThat(statements.get(1)).startsWith("select `artist`.`artist_id` from `artist` where");
  }

  @Test
  void returningIsRefusedWhereTheRowsCannotBeReadBack() {
    assertThatThrownBy(
            () ->
                db.insertInto(ARTIST, ARTIST.NAME)
                    .values("Nina")
                    .values("Aretha")
                    .returning(ARTIST.ARTIST_ID)
                    .fetch())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("only for an INSERT of one row of values without an upsert clause");
    assertThat(db.fetchCount(ARTIST)).as("nothing was written").isZero();
    assertThatThrownBy(
            () ->
                db.update(ARTIST)
                    .set(ARTIST.NAME, "Nina")
                    .where(ARTIST.ARTIST_ID.eq(1))
                    .returningResult(ARTIST.ARTIST_ID, ARTIST.NAME)
                    .fetch())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("this UPDATE cannot return rows");
    assertThatThrownBy(
            () ->
                db.deleteFrom(ARTIST)
                    .where(ARTIST.ARTIST_ID.eq(1))
                    .returningResult(ARTIST.NAME)
                    .fetch())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("this DELETE cannot return rows");
  }

  @Test
  void upsertsWithOnDuplicateKeyUpdate() {
    db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME).values(1, "Nina").execute();

    db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME)
        .values(1, "Nina Simone")
        .onConflict(ARTIST.ARTIST_ID)
        .doUpdate()
        .set(ARTIST.NAME, excluded(ARTIST.NAME))
        .execute();
    db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME)
        .values(1, "ignored")
        .onConflictDoNothing()
        .execute();

    assertThat(db.selectFrom(ARTIST).fetch(ARTIST.NAME)).containsExactly("Nina Simone");
    assertThat(statements.get(1))
        .isEqualTo(
            "insert into `artist` (`artist_id`, `name`) values (?, ?)"
                + " on duplicate key update `name` = values(`name`)");
    assertThat(statements.get(2)).endsWith(" on duplicate key update `artist_id` = `artist_id`");
  }

  @Test
  void aConditionalUpsertIsRefused() {
    assertThatThrownBy(
            () ->
                db.insertInto(ARTIST, ARTIST.ARTIST_ID, ARTIST.NAME)
                    .values(1, "Nina")
                    .onConflict(ARTIST.ARTIST_ID)
                    .doUpdate()
                    .set(ARTIST.NAME, "x")
                    .where(ARTIST.NAME.eq("y"))
                    .execute())
        .isInstanceOf(RexException.class)
        .hasMessageContaining("no WHERE on ON DUPLICATE KEY UPDATE");
  }

  @Test
  void offsetsWithAndWithoutALimit() {
    db.insertInto(ARTIST, ARTIST.NAME).values("A").values("B").values("C").execute();

    assertThat(db.selectFrom(ARTIST).orderBy(ARTIST.NAME).offset(1).fetch(ARTIST.NAME))
        .containsExactly("B", "C");
    assertThat(db.selectFrom(ARTIST).orderBy(ARTIST.NAME).limit(1).offset(1).fetch(ARTIST.NAME))
        .containsExactly("B");
  }

  @Test
  void ordersNullsFirstOrLastAsAsked() {
    db.insertInto(ARTIST, ARTIST.NAME).values("Nina").execute();
    db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID, ALBUM.PRICE)
        .values("a", 1, new BigDecimal("2.00"))
        .values("b", 1, null)
        .values("c", 1, new BigDecimal("1.00"))
        .execute();

    assertThat(db.selectFrom(ALBUM).orderBy(ALBUM.PRICE.asc().nullsLast()).fetch(ALBUM.TITLE))
        .containsExactly("c", "a", "b");
    assertThat(db.selectFrom(ALBUM).orderBy(ALBUM.PRICE.desc().nullsFirst()).fetch(ALBUM.TITLE))
        .containsExactly("b", "a", "c");
  }

  @Test
  void fetchesNestedResultsInOneStatement() {
    db.insertInto(ARTIST, ARTIST.NAME).values("Nina").values("Miles").execute();
    db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID, ALBUM.RELEASED)
        .values("Pastel Blues", 1, LocalDate.of(1965, 10, 1))
        .values("Kind of Blue", 2, LocalDate.of(1959, 8, 17))
        .values("Sketches of Spain", 2, null)
        .execute();

    statements.clear();
    Result<Record2<String, Result<Record2<String, LocalDate>>>> rows =
        db.select(
                ARTIST.NAME,
                multiset(
                    select(ALBUM.TITLE, ALBUM.RELEASED)
                        .from(ALBUM)
                        .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                        .orderBy(ALBUM.TITLE)))
            .from(ARTIST)
            .orderBy(ARTIST.NAME)
            .fetch();

    assertThat(statements).hasSize(1);
    assertThat(rows.get(0).value1()).isEqualTo("Miles");
    assertThat(rows.get(0).value2().map(Record2::value1))
        .containsExactly("Kind of Blue", "Sketches of Spain");
    assertThat(rows.get(0).value2().get(0).value2()).isEqualTo(LocalDate.of(1959, 8, 17));
    assertThat(rows.get(1).value2().map(Record2::value1)).containsExactly("Pastel Blues");
  }

  @Test
  void constraintViolationsAreTypedByVendorCode() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();

    UniqueViolationException unique =
        catchThrowableOfType(
            UniqueViolationException.class,
            () -> db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute());
    ForeignKeyViolationException foreignKey =
        catchThrowableOfType(
            ForeignKeyViolationException.class,
            () ->
                db.insertInto(ALBUM).set(ALBUM.TITLE, "Orphan").set(ALBUM.ARTIST_ID, 99).execute());
    NotNullViolationException notNull =
        catchThrowableOfType(
            NotNullViolationException.class,
            () ->
                db.insertInto(ALBUM)
                    .set(ALBUM.ARTIST_ID, 1)
                    .set(ALBUM.TITLE, (String) null)
                    .execute());
    CheckViolationException check =
        catchThrowableOfType(
            CheckViolationException.class,
            () ->
                db.insertInto(ALBUM)
                    .set(ALBUM.TITLE, "Free")
                    .set(ALBUM.ARTIST_ID, 1)
                    .set(ALBUM.PRICE, new BigDecimal("-1"))
                    .execute());

    assertThat(unique.sqlState()).isEqualTo("23505");
    assertThat(unique.constraint()).isEqualTo("artist_name_key");
    assertThat(foreignKey.sqlState()).isEqualTo("23503");
    assertThat(foreignKey.constraint()).isEqualTo("album_artist_id_fkey");
    assertThat(foreignKey.table()).isEqualTo("album");
    assertThat(foreignKey.column()).isEqualTo("artist_id");
    assertThat(notNull.column()).isEqualTo("title");
    assertThat(check.constraint()).isEqualTo("album_price_check");
    assertThat(check.table()).isEqualTo("album");
  }

  @Test
  void deletingAReferencedRowIsAForeignKeyViolation() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute();
    db.insertInto(ALBUM).set(ALBUM.TITLE, "Pastel Blues").set(ALBUM.ARTIST_ID, 1).execute();

    assertThatThrownBy(() -> db.deleteFrom(ARTIST).execute())
        .isInstanceOf(ForeignKeyViolationException.class);
  }

  @Test
  void aReadOnlyTransactionRefusesWritesAndTheNextTransactionWritesAgain() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    TransactionOptions.readOnlyTransaction(),
                    tx -> tx.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute()))
        .isInstanceOf(DataAccessException.class);

    db.transaction(tx -> tx.insertInto(ARTIST).set(ARTIST.NAME, "Nina").execute());
    assertThat(db.fetchCount(ARTIST)).isEqualTo(1);
  }

  @Test
  void aNestedTransactionRollsBackToItsSavepoint() {
    db.transaction(
        tx -> {
          tx.insertInto(ARTIST).set(ARTIST.NAME, "Kept").execute();
          assertThatThrownBy(
                  () ->
                      tx.transaction(
                          inner -> {
                            inner.insertInto(ARTIST).set(ARTIST.NAME, "Dropped").execute();
                            throw new IllegalStateException("undo");
                          }))
              .hasMessage("undo");
        });

    assertThat(db.selectFrom(ARTIST).fetch(ARTIST.NAME)).containsExactly("Kept");
  }

  @Test
  void pipesConcatenateAndBackslashesAreText() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "a\\b").execute();

    String concatenated =
        db.select(concat(ARTIST.NAME, val("|"), ARTIST.NAME)).from(ARTIST).fetchSingle().value1();
    List<String> raw =
        db.fetch("select name from artist where name = 'a\\b'").map(r -> (String) r.get(0));

    assertThat(concatenated).isEqualTo("a\\b|a\\b");
    assertThat(raw).containsExactly("a\\b");
  }

  @Test
  void lengthCountsCharactersAndIntegersDivideToTheirQuotientAsOnTheOtherDatabases() {
    db.insertInto(ARTIST).set(ARTIST.NAME, "Zoë").execute();

    Record2<Integer, Integer> row =
        db.select(length(ARTIST.NAME), ARTIST.ARTIST_ID.plus(6).div(4)).from(ARTIST).fetchSingle();
    BigDecimal decimal =
        db.select(val(new BigDecimal("7")).div(new BigDecimal("2"))).fetchSingle().value1();

    assertThat(row.value1()).as("characters, not UTF-8 bytes").isEqualTo(3);
    assertThat(row.value2()).as("(1 + 6) / 4").isEqualTo(1);
    assertThat(decimal).isEqualByComparingTo("3.5");
    assertThat(statements.get(statements.size() - 2))
        .contains("char_length(`artist`.`name`)")
        .contains(" div ");
  }

  @Test
  void textComparesByCodePointUnderTheTestsCollation() {
    db.insertInto(ARTIST, ARTIST.NAME).values("Nina").values("nina").execute();

    assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nina ")).fetch()).isEmpty();
    assertThat(db.selectFrom(ARTIST).where(ARTIST.NAME.like("N%")).fetch(ARTIST.NAME))
        .containsExactly("Nina");
    assertThat(db.selectFrom(ARTIST).orderBy(ARTIST.NAME).fetch(ARTIST.NAME))
        .containsExactly("Nina", "nina");
  }

  @Test
  void castsToTheTypesTheServersAccept() {
    db.insertInto(ARTIST, ARTIST.NAME).values("42").execute();

    Integer number =
        db.select(ARTIST.NAME.cast(SQLDataType.INTEGER)).from(ARTIST).fetchSingle().value1();
    String text =
        db.select(ARTIST.ARTIST_ID.cast(SQLDataType.VARCHAR)).from(ARTIST).fetchSingle().value1();

    assertThat(number).isEqualTo(42);
    assertThat(text).isEqualTo("1");
  }

  @Test
  void validatesRecordsBeforeWriting() {
    AlbumRecord album = db.newRecord(ALBUM).setArtistId(1).setPrice(new BigDecimal("-1"));

    assertThat(album.validate()).isNotEmpty();
  }
}
