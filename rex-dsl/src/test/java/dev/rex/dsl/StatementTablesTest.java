package dev.rex.dsl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.deleteFrom;
import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.update;
import static dev.rex.dsl.DSL.with;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.EMPLOYEE;
import static dev.rex.dsl.fixtures.Tables.INVOICE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.spi.StatementTables;
import dev.rex.dsl.spi.StatementTables.Kind;
import org.junit.jupiter.api.Test;

class StatementTablesTest {

  @Test
  void aSelectReadsItsFromJoinAndSubqueryTables() {
    var query =
        select(ALBUM.TITLE)
            .from(ALBUM.as("a"))
            .join(ARTIST)
            .on(ARTIST.ARTIST_ID.eq(ALBUM.ARTIST_ID))
            .where(exists(selectFrom(TRACK).where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))));

    assertThat(StatementTables.of(query))
        .isEqualTo(new StatementTables(Kind.READ, java.util.Set.of("album", "artist", "track")));
  }

  @Test
  void commonTableExpressionsDerivedTablesAndSetOperationsAreWalked() {
    var big = name("big").as(select(TRACK.ALBUM_ID).from(TRACK));
    var derived = select(EMPLOYEE.EMPLOYEE_ID).from(EMPLOYEE).asTable("e");
    var query =
        with(big)
            .select(ALBUM.ALBUM_ID)
            .from(ALBUM)
            .join(big)
            .on(big.field(TRACK.ALBUM_ID).eq(ALBUM.ALBUM_ID))
            .union(select(derived.field(EMPLOYEE.EMPLOYEE_ID)).from(derived));

    assertThat(StatementTables.of(query).tables())
        .containsExactlyInAnyOrder("track", "album", "employee");
  }

  @Test
  void writesNameTheirTargetAndWhatTheyRead() {
    assertThat(StatementTables.of(insertInto(ARTIST).set(ARTIST.NAME, "N")))
        .isEqualTo(new StatementTables(Kind.WRITE, java.util.Set.of("artist")));
    assertThat(
            StatementTables.of(
                insertInto(ARTIST, ARTIST.NAME).select(select(ALBUM.TITLE).from(ALBUM))))
        .isEqualTo(new StatementTables(Kind.WRITE, java.util.Set.of("artist", "album")));
    assertThat(StatementTables.of(update(INVOICE).set(INVOICE.TOTAL, java.math.BigDecimal.ONE)))
        .isEqualTo(new StatementTables(Kind.WRITE, java.util.Set.of("invoice")));
    assertThat(StatementTables.of(deleteFrom(TRACK).where(TRACK.ALBUM_ID.eq(1))).tables())
        .containsExactly("track");
  }

  @Test
  void tablesReachedByNavigationAreReadInEveryClause() {
    assertThat(StatementTables.of(select(ALBUM.TITLE, ALBUM.artist().NAME).from(ALBUM)).tables())
        .containsExactlyInAnyOrder("album", "artist");
    assertThat(
            StatementTables.of(
                    select(TRACK.NAME).from(TRACK).where(TRACK.album().artist().NAME.eq("A")))
                .tables())
        .containsExactlyInAnyOrder("track", "album", "artist");
    assertThat(
            StatementTables.of(select(TRACK.NAME).from(TRACK).orderBy(TRACK.album().TITLE))
                .tables())
        .containsExactlyInAnyOrder("track", "album");
    assertThat(
            StatementTables.of(
                    select(TRACK.album().artist().NAME, count())
                        .from(TRACK)
                        .groupBy(TRACK.album().artist().NAME)
                        .having(count().gt(1)))
                .tables())
        .containsExactlyInAnyOrder("track", "album", "artist");
  }

  @Test
  void tablesReachedByNavigationInsideSubqueriesAndMultisetsAreRead() {
    var nested =
        select(
                ARTIST.NAME,
                multiset(
                    select(TRACK.NAME)
                        .from(TRACK)
                        .where(TRACK.album().ARTIST_ID.eq(ARTIST.ARTIST_ID))))
            .from(ARTIST);
    assertThat(StatementTables.of(nested).tables())
        .containsExactlyInAnyOrder("artist", "track", "album");

    var filtered =
        select(EMPLOYEE.EMPLOYEE_ID)
            .from(EMPLOYEE)
            .where(
                exists(select(TRACK.NAME).from(TRACK).where(TRACK.album().artist().NAME.eq("A"))));
    assertThat(StatementTables.of(filtered).tables())
        .containsExactlyInAnyOrder("employee", "track", "album", "artist");
  }

  @Test
  void plainSqlHasNoKnownTablesAndSchemasQualifyNames() {
    ResultQuery<Record> raw = DSL.resultQuery("select 1");

    assertThat(StatementTables.of(raw))
        .isEqualTo(new StatementTables(Kind.PLAIN_SQL, java.util.Set.of()));
    assertThat(StatementTables.nameOf(DSL.table(name("sales", "invoice"))))
        .isEqualTo("sales.invoice");
    assertThat(StatementTables.nameOf(ARTIST)).isEqualTo("artist");
  }
}
