package dev.rex.dsl;

import static dev.rex.dsl.DSL.concat;
import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.exists;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Album.ALBUM;
import static dev.rex.dsl.fixtures.Artist.ARTIST;
import static dev.rex.dsl.fixtures.Kinds.KINDS;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Track.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.spi.RenderContext;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What a {@link RowPredicate} cannot evaluate without the database is refused when it is compiled,
 * with a message that names the part.
 */
class RowPredicateRefusalTest {

  private static void refused(Table<?> table, Condition condition, String... named) {
    refusedOn(table, condition);
    assertThatThrownBy(() -> RowPredicate.of(table, condition, PG))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cannot evaluate")
        .hasMessageContainingAll(named);
  }

  private static <R extends Record> void refusedOn(Table<R> table, Condition condition) {
    assertThatThrownBy(() -> RowPredicate.of(table, condition, SQLITE))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void subqueriesNeedTheDatabase() {
    refused(ALBUM, exists(select(TRACK.TRACK_ID).from(TRACK)), "exists (select");
    refused(
        ALBUM,
        ALBUM.ALBUM_ID.in(select(TRACK.ALBUM_ID).from(TRACK)).and(ALBUM.ALBUM_ID.eq(1)),
        "in (select");
    refused(ALBUM, ALBUM.ALBUM_ID.notIn(select(TRACK.ALBUM_ID).from(TRACK)), "not in (select");
    refused(ALBUM, ALBUM.ARTIST_ID.eq(DSL.field(select(ARTIST.ARTIST_ID).from(ARTIST))), "(select");
  }

  @Test
  void columnsOfAnotherTableOrAliasAreRefused() {
    refused(ALBUM, ALBUM.ALBUM_ID.eq(1).or(ARTIST.NAME.eq("x")), "column name of artist");
    refused(ALBUM, ALBUM.as("a").TITLE.eq("x"), "album as a", "predicate's table album");
    refused(ALBUM, ALBUM.artist().NAME.eq("x"), "column name of artist as album__artist");
    refused(ALBUM, DSL.field(DSL.name("title"), SQLDataType.VARCHAR).eq("x"), "\"title\"");
  }

  @Test
  void conditionsRexDidNotBuildAreRefused() {
    Condition raw =
        new Condition() {
          @Override
          public Condition and(Condition other) {
            return this;
          }

          @Override
          public Condition andNot(Condition other) {
            return this;
          }

          @Override
          public Condition or(Condition other) {
            return this;
          }

          @Override
          public Condition orNot(Condition other) {
            return this;
          }

          @Override
          public Condition not() {
            return this;
          }

          @Override
          public void accept(RenderContext context) {
            context.sql("title ~ 'x'");
          }
        };

    refused(ALBUM, raw, "which Rex's DSL did not build");
  }

  @Test
  void castsAggregatesAndOtherFunctionsAreRefused() {
    refused(ALBUM, ALBUM.ARTIST_ID.cast(SQLDataType.VARCHAR).eq("1"), "cast(");
    refused(ALBUM, count().gt(1), "count(*)");
    refused(KINDS, DSL.round(KINDS.DECIMAL, 1).eq(BigDecimal.ONE), "round(");
  }

  @Test
  void typesAndOperationsWithoutAnExactInMemoryAnswerAreRefused() {
    refused(KINDS, KINDS.DOC.eq(dev.rex.dsl.Json.of("{}")), "json");
    refused(KINDS, KINDS.DECIMAL.div(2).gt(BigDecimal.ONE), "division");
    refused(KINDS, KINDS.DOUBLE.mod(2).gt(1.0), "remainder");
    refused(KINDS, concat(KINDS.TEXT, KINDS.FLAG).eq("x"), "concatenation");
    refused(KINDS, KINDS.ID.like("1%"), "LIKE on");
    refused(KINDS, KINDS.TEXT.eq(sameTypeAs(KINDS.ID)), "comparison");
    refused(KINDS, KINDS.FLAG.neg().eq(true), "negation");
    refused(KINDS, KINDS.FLAG.plus(1).eq(true), "arithmetic");
    refused(KINDS, DSL.abs(sameTypeAs(KINDS.TEXT)).eq(1), "abs");
    refused(KINDS, DSL.length(sameTypeAs(KINDS.ID)).eq(1), "length");
  }

  @Test
  void aPostgresLikePatternEndingWithTheEscapeCharacterIsRefusedAsPostgresRefusesIt() {
    assertThatThrownBy(() -> RowPredicate.of(ALBUM, ALBUM.TITLE.like("a\\"), PG))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("ends with the escape character");
    assertThat(RowPredicate.of(ALBUM, ALBUM.TITLE.like("a\\"), SQLITE).test(titled("a\\")))
        .isTrue();
  }

  private static AlbumRecord titled(String title) {
    return new AlbumRecord().setTitle(title);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a mistyped field, as unchecked code may build
  private static <T> Field<T> sameTypeAs(Field<?> field) {
    return (Field) field;
  }
}
