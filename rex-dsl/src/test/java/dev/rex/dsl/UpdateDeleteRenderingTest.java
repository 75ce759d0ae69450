package dev.rex.dsl;

import static dev.rex.dsl.DSL.deleteFrom;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.update;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ALBUM_SUMMARY;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.fixtures.Track;
import dev.rex.dsl.fixtures.TrackRecord;
import dev.rex.dsl.impl.StatementStarts;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UpdateDeleteRenderingTest {

  private static final String TRACK_COLUMNS =
      "\"track_id\", \"name\", \"album_id\", \"media_type_id\", \"genre_id\", \"composer\","
          + " \"milliseconds\", \"bytes\", \"unit_price\"";

  @Test
  void rendersUpdateWithSetValuesAndExpressions() {
    assertRenders(
        update(TRACK)
            .set(TRACK.UNIT_PRICE, new BigDecimal("0.99"))
            .set(TRACK.NAME, TRACK.COMPOSER)
            .set(TRACK.BYTES, TRACK.BYTES.plus(1))
            .where(TRACK.ALBUM_ID.eq(1))
            .and(TRACK.GENRE_ID.eq(2))
            .or(TRACK.BYTES.isNull()),
        "update \"track\" set \"unit_price\" = ?, \"name\" = \"track\".\"composer\", \"bytes\" ="
            + " (\"track\".\"bytes\" + ?) where ((\"track\".\"album_id\" = ? and"
            + " \"track\".\"genre_id\" = ?) or \"track\".\"bytes\" is null)",
        new BigDecimal("0.99"),
        1,
        1,
        2);
  }

  @Test
  void rendersUpdateOfEveryRowWithoutWhere() {
    assertRenders(
        update(TRACK).set(TRACK.BYTES, (Integer) null),
        "update \"track\" set \"bytes\" = ?",
        (Object) null);
  }

  @Test
  void rendersUpdateFromAnotherTable() {
    assertRenders(
        update(TRACK)
            .set(TRACK.COMPOSER, ALBUM.TITLE)
            .from(ALBUM)
            .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID), ALBUM.ARTIST_ID.eq(1)),
        "update \"track\" set \"composer\" = \"album\".\"title\" from \"album\" where"
            + " (\"track\".\"album_id\" = \"album\".\"album_id\" and \"album\".\"artist_id\" = ?)",
        1);
  }

  @Test
  void rendersUpdateOfAnAliasedTable() {
    Track t = TRACK.as("t");
    assertRenders(
        update(t).set(t.NAME, "x").where(t.TRACK_ID.eq(3)),
        "update \"track\" as \"t\" set \"name\" = ? where \"t\".\"track_id\" = ?",
        "x",
        3);
  }

  @Test
  void rendersUpdateReturning() {
    assertRenders(
        update(TRACK).set(TRACK.NAME, "x").where(TRACK.TRACK_ID.eq(3)).returning(),
        "update \"track\" set \"name\" = ? where \"track\".\"track_id\" = ? returning "
            + TRACK_COLUMNS,
        "x",
        3);
    var some = update(TRACK).set(TRACK.NAME, "x").returning(TRACK.TRACK_ID, TRACK.NAME);
    assertRenders(some, "update \"track\" set \"name\" = ? returning \"track_id\", \"name\"", "x");
    TrackRecord record = some.recordType().newRecord(new Object[] {4, "x"}, null);
    assertThat(record.getTrackId()).isEqualTo(4);
    assertThat(record.getName()).isEqualTo("x");
  }

  @Test
  void extendsAnEmptyWhereWithAnd() {
    assertRenders(
        update(TRACK).set(TRACK.NAME, "x").where().and(TRACK.TRACK_ID.eq(1)),
        "update \"track\" set \"name\" = ? where \"track\".\"track_id\" = ?",
        "x",
        1);
    assertRenders(
        deleteFrom(TRACK).where().or(TRACK.TRACK_ID.eq(1)),
        "delete from \"track\" where \"track\".\"track_id\" = ?",
        1);
  }

  @Test
  void rendersDeleteWithWhere() {
    assertRenders(
        deleteFrom(TRACK)
            .where(TRACK.ALBUM_ID.eq(1))
            .and(TRACK.GENRE_ID.eq(2))
            .or(TRACK.BYTES.gt(3)),
        "delete from \"track\" where ((\"track\".\"album_id\" = ? and \"track\".\"genre_id\" = ?)"
            + " or \"track\".\"bytes\" > ?)",
        1,
        2,
        3);
    assertRenders(deleteFrom(ARTIST), "delete from \"artist\"");
  }

  @Test
  void rendersDeleteReturning() {
    assertRenders(
        deleteFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1)).returning(),
        "delete from \"artist\" where \"artist\".\"artist_id\" = ? returning \"artist_id\","
            + " \"name\"",
        1);
    assertRenders(
        deleteFrom(ARTIST).returning(ARTIST.NAME), "delete from \"artist\" returning \"name\"");
  }

  @Test
  void rejectsChangingReadOnlyTablesThatReachTheEngineAnyway() {
    // The public entry points take a WritableTable, so these do not compile (CompileFailureTest);
    // the engine still refuses a read-only table that arrives through an unchecked path.
    String message =
        "album_summary is read-only (a view, derived table or CTE): it cannot be changed.";
    assertThat(ALBUM_SUMMARY.isWritable()).isFalse();
    assertThat(ALBUM.isWritable()).isTrue();
    assertThatThrownBy(() -> StatementStarts.insertInto(null, ALBUM_SUMMARY))
        .isInstanceOf(RexException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> StatementStarts.update(null, ALBUM_SUMMARY))
        .isInstanceOf(RexException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> StatementStarts.deleteFrom(null, ALBUM_SUMMARY))
        .isInstanceOf(RexException.class)
        .hasMessage(message);
    var derived = select(ALBUM.TITLE).from(ALBUM).asTable("d");
    assertThatThrownBy(() -> StatementStarts.deleteFrom(null, derived))
        .isInstanceOf(RexException.class)
        .hasMessage("d is read-only (a view, derived table or CTE): it cannot be changed.");
  }

  @Test
  void rejectsReturningOnADialectWithoutIt() {
    Dialect noReturning =
        new Dialect() {
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
    assertThatThrownBy(() -> deleteFrom(ARTIST).returning().render(noReturning))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage(
            "The plain dialect has no RETURNING, so this DELETE cannot return rows: run it with"
                + " execute(), then select the rows it changed (in one transaction).");
    assertThatThrownBy(
            () ->
                update(ARTIST)
                    .set(ARTIST.NAME, "x")
                    .returningResult(ARTIST.ARTIST_ID, ARTIST.NAME)
                    .render(noReturning))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("this UPDATE cannot return rows");
  }
}
