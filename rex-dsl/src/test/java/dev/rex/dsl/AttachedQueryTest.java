package dev.rex.dsl;

import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.DetachedException;
import dev.rex.dsl.exception.NoDataFoundException;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.dsl.fixtures.ArtistRecord;
import dev.rex.dsl.fixtures.RecordingExecutor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AttachedQueryTest {

  private static final String NAMES = "select \"artist\".\"name\" from \"artist\"";

  private final RecordingExecutor executor = new RecordingExecutor(PG);
  private final DSLContext db = executor.context();

  private ResultQuery<Record1<String>> names() {
    return db.select(ARTIST.NAME).from(ARTIST);
  }

  @Test
  void fetchesEveryRowAsRecordsMappedValuesOrOneField() {
    executor.willReturn(new Object[] {"a"}, new Object[] {"b"});
    assertThat(names().fetch()).extracting(Record1::value1).containsExactly("a", "b");
    executor.willReturn(new Object[] {"c"});
    assertThat(names().fetch(Record1::value1)).containsExactly("c");
    executor.willReturn(new Object[] {"d"});
    assertThat(names().fetch(ARTIST.NAME)).containsExactly("d");
    assertThat(executor.fetchLimits()).containsExactly(0, 0, 0);
  }

  @Test
  void fetchOneReadsAtMostTwoRowsAndRejectsMore() {
    assertThat(names().fetchOne()).isNull();
    executor.willReturn(new Object[] {"a"});
    String one = names().fetchOne(Record1::value1);
    assertThat(one).isEqualTo("a");
    executor.willReturn(new Object[] {"b"});
    assertThat(names().fetchOne(ARTIST.NAME)).isEqualTo("b");
    String none = names().fetchOne(Record1::value1);
    assertThat(none).isNull();
    assertThat(names().fetchOne(ARTIST.NAME)).isNull();
    executor.willReturn(new Object[] {"a"}, new Object[] {"b"}, new Object[] {"c"});

    assertThatThrownBy(() -> names().fetchOne())
        .isInstanceOf(TooManyRowsException.class)
        .hasMessage("Expected at most one row, but the query returned more: " + NAMES);
    assertThat(executor.fetchLimits()).containsOnly(2);
  }

  @Test
  void fetchOptionalWrapsFetchOne() {
    assertThat(names().fetchOptional()).isEmpty();
    executor.willReturn(new Object[] {"a"});
    assertThat(names().fetchOptional(Record1::value1)).contains("a");
  }

  @Test
  void fetchSingleRequiresExactlyOneRow() {
    assertThatThrownBy(() -> names().fetchSingle())
        .isInstanceOf(NoDataFoundException.class)
        .hasMessage("Expected exactly one row, but the query returned none: " + NAMES)
        .extracting(e -> ((NoDataFoundException) e).sql())
        .isEqualTo(NAMES);
    executor.willReturn(new Object[] {"a"});
    String single = names().fetchSingle(Record1::value1);
    assertThat(single).isEqualTo("a");
    executor.willReturn(new Object[] {"b"});
    assertThat(names().fetchSingle(ARTIST.NAME)).isEqualTo("b");
  }

  @Test
  void fetchAnyReadsOneRow() {
    assertThat(names().fetchAny()).isNull();
    executor.willReturn(new Object[] {"a"}, new Object[] {"b"});
    assertThat(names().fetchAny().value1()).isEqualTo("a");
    assertThat(executor.fetchLimits()).containsExactly(1, 1);
  }

  @Test
  void streamsRowsAndKeepsTheQueryWhenAFetchSizeIsSet() {
    executor.willReturn(new Object[] {"a"}, new Object[] {"b"});
    ResultQuery<Record1<String>> query = names();
    ResultQuery<Record1<String>> sized = query.fetchSize(500);
    try (Stream<Record1<String>> rows = sized.stream()) {
      assertThat(rows.map(Record1::value1)).containsExactly("a", "b");
    }
    assertThat(sized).isNotSameAs(query);
    assertThat(sized.render(PG).sql()).isEqualTo(query.render(PG).sql());
  }

  @Test
  void executesSelectsAndStatements() {
    executor.willReturn(new Object[] {"a"}, new Object[] {"b"});
    assertThat(names().execute()).isEqualTo(2);

    executor.willUpdate(3);
    assertThat(db.update(ARTIST).set(ARTIST.NAME, "x").execute()).isEqualTo(3);
    assertThat(db.deleteFrom(ARTIST).execute()).isEqualTo(3);
    assertThat(db.insertInto(ARTIST).set(ARTIST.NAME, "y").execute()).isEqualTo(3);
    assertThat(db.execute(DSL.deleteFrom(ALBUM))).isEqualTo(3);
    assertThat(executor.lastSql()).isEqualTo("delete from \"album\"");
  }

  @Test
  void fetchesReturningRowsAsRecords() {
    executor.willReturn(new Object[] {5});
    ResultQuery<ArtistRecord> query =
        db.insertInto(ARTIST).set(ARTIST.NAME, "n").returning(ARTIST.ARTIST_ID).fetchSize(10);
    assertThat(query.fetchSingle().getArtistId()).isEqualTo(5);
  }

  @Test
  void runsDetachedQueriesThroughAContext() {
    executor.willReturn(new Object[] {"a"});
    Result<Record1<String>> rows = db.fetch(select(ARTIST.NAME).from(ARTIST));
    assertThat(rows).hasSize(1);
    assertThat(db.render(select(ARTIST.NAME).from(ARTIST)).sql()).isEqualTo(NAMES);
    assertThat(db.dialect()).isSameAs(PG);
  }

  @Test
  void refusesToRunDetachedQueries() {
    var detached = select(ARTIST.NAME).from(ARTIST).where(ARTIST.ARTIST_ID.eq(1));
    assertThatThrownBy(detached::fetch)
        .isInstanceOf(DetachedException.class)
        .hasMessage(
            "This query is not attached to a database, so it cannot run: select"
                + " \"artist\".\"name\" from \"artist\" where \"artist\".\"artist_id\" = ? [1]."
                + " Build it from a Rex instance (db.select(...)) or run it with db.fetch(query) /"
                + " db.execute(query).");
    assertThatThrownBy(() -> DSL.deleteFrom(ARTIST).execute())
        .isInstanceOf(DetachedException.class);
  }

  @Test
  void countsRowsOfQueriesAndTables() {
    executor.willReturn(new Object[] {4});
    assertThat(db.fetchCount(select(ARTIST.NAME).from(ARTIST).where(ARTIST.NAME.like("A%"))))
        .isEqualTo(4);
    assertThat(executor.lastSql())
        .isEqualTo(
            "select count(*) from (select \"artist\".\"name\" from \"artist\" where"
                + " \"artist\".\"name\" like ?) as \"rex_count\"");

    executor.willReturn(new Object[] {null});
    assertThat(db.fetchCount(ARTIST)).isZero();
    assertThat(executor.lastSql()).isEqualTo("select count(*) from \"artist\"");

    executor.willReturn(new Object[] {2});
    assertThat(db.fetchCount(ARTIST, ARTIST.ARTIST_ID.gt(1))).isEqualTo(2);
    executor.willReturn(new Object[] {null});
    assertThat(db.fetchCount(select(ARTIST.NAME).from(ARTIST))).isZero();
  }

  @Test
  void checksWhetherAQueryHasRows() {
    executor.willReturn(new Object[] {1});
    assertThat(db.fetchExists(select(ARTIST.NAME).from(ARTIST))).isTrue();
    assertThat(executor.lastSql())
        .isEqualTo("select ? where exists (select \"artist\".\"name\" from \"artist\")");
    assertThat(db.fetchExists(select(ARTIST.NAME).from(ARTIST))).isFalse();
  }
}
