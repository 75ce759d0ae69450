package dev.rex.dsl;

import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.MappingException;
import dev.rex.dsl.fixtures.RecordingExecutor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code into(Class)} and the typed getters, on rows fed by a recording executor; the
 * same behaviour on real databases is in the integration suite's {@code JooqMappingTest}.
 */
class IntoClassTest {

  private final RecordingExecutor executor = new RecordingExecutor(PG);
  private final DSLContext db = executor.context();

  enum Size {
    SHORT,
    LONG
  }

  record ById(int albumId, String title) {}

  record Loose(String a, String b, String c) {}

  record Partial(Integer albumId, String heading, Integer artistId) {}

  record Throwing(Integer albumId, String title, Integer artistId) {
    Throwing {
      throw new IllegalStateException("refused " + title);
    }
  }

  interface Abstract {}

  /** A bean whose setters are looked up by name, with a field for the column without one. */
  static class Bean {
    private Integer id;
    String title;
    private Size size;

    public void setAlbumId(Integer id) {
      this.id = id;
    }

    public void setSize(Size size) {
      this.size = size;
    }
  }

  /** A subclass: fields of superclasses are found too. */
  static final class SubBean extends Bean {}

  static final class NoMember {
    int unrelated;
  }

  static final class TwoConstructors {
    TwoConstructors(String a, String b) {}

    TwoConstructors(Integer a, Integer b) {}
  }

  private Result<Record3<Integer, String, Integer>> albums(Object[]... rows) {
    executor.willReturn(rows);
    return db.select(ALBUM.ALBUM_ID, ALBUM.TITLE, ALBUM.ARTIST_ID).from(ALBUM).fetch();
  }

  private Record3<Integer, String, Integer> album(Object... values) {
    return albums(values).get(0);
  }

  @Test
  void recordsMapByNameWithPrimitivesAndByPositionWhenNoNameMatches() {
    Result<Record3<Integer, String, Integer>> result =
        albums(new Object[] {1, "One", 7}, new Object[] {2, "Two", 8});

    assertThat(result.into(ById.class)).containsExactly(new ById(1, "One"), new ById(2, "Two"));
    assertThat(result.get(0).into(Loose.class)).isEqualTo(new Loose("1", "One", "7"));
  }

  @Test
  void someNamesMatchingIsAnError() {
    assertThatThrownBy(() -> album(1, "One", 7).into(Partial.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("[albumId, heading, artistId] match no column by name");
  }

  @Test
  void beansGetSettersAndFieldsAndSkipOtherColumns() {
    executor.willReturn(new Object[] {3, "Three", "LONG"});
    Record row =
        db.select(ALBUM.ALBUM_ID, ALBUM.TITLE, DSL.val("x").as("size")).from(ALBUM).fetchSingle();

    Bean bean = row.into(SubBean.class);

    assertThat(bean.id).isEqualTo(3);
    assertThat(bean.title).isEqualTo("Three");
    assertThat(bean.size).isEqualTo(Size.LONG);
    assertThatThrownBy(() -> row.into(NoMember.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("none of the columns has a setter or field");
  }

  @Test
  void typesThatCannotBeBuiltAreRefusedByName() {
    Record3<Integer, String, Integer> row = album(1, "One", 7);

    assertThatThrownBy(() -> row.into(Abstract.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("abstract or an interface");
    assertThatThrownBy(() -> row.into(TwoConstructors.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("neither a no-argument constructor nor one constructor with 3");
    assertThatThrownBy(() -> row.into(Throwing.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("refused One");
  }

  @Test
  void gettersConvertNumbersWithoutLossAndNullsToZeros() {
    executor.willReturn(new Object[] {null, new BigDecimal("2.50"), 3_000_000_000L});
    Record row =
        db.select(TRACK.MILLISECONDS, TRACK.UNIT_PRICE, DSL.val(1L).as("big"))
            .from(TRACK)
            .fetchSingle();

    assertThat(row.get(0, int.class)).isZero();
    assertThat(row.get(0, Integer.class)).isNull();
    assertThat(row.get(1, double.class)).isEqualTo(2.5);
    assertThat(row.get(1, float.class)).isEqualTo(2.5f);
    assertThat(row.get("big", BigInteger.class)).isEqualTo(BigInteger.valueOf(3_000_000_000L));
    assertThat(row.get("big", BigDecimal.class)).isEqualByComparingTo("3000000000");
    assertThat(row.get("big", Boolean.class)).isTrue();
    assertThat(row.get(TRACK.UNIT_PRICE, String.class)).isEqualTo("2.50");
    assertThatThrownBy(() -> row.get(1, Integer.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("Cannot convert BigDecimal '2.50' to java.lang.Integer for column 2");
    assertThatThrownBy(() -> row.get("big", int.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("Overflow");
    assertThatThrownBy(() -> row.get("big", Short.class)).isInstanceOf(MappingException.class);
    assertThatThrownBy(() -> row.get("big", Byte.class)).isInstanceOf(MappingException.class);
    assertThatThrownBy(() -> row.get("big", java.time.LocalDate.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("for field big.");
  }

  @Test
  void fetchShortcutsReadOneQuery() {
    executor.willReturn(new Object[] {1, "One", 7}, new Object[] {2, "Two", 7});
    Map<Integer, List<ById>> grouped =
        db.selectFrom(ALBUM).fetchGroups(ALBUM.ARTIST_ID, ById.class);
    executor.willReturn(new Object[] {5});
    Long count = db.selectCount().from(ALBUM).fetchOne(0, Long.class);
    executor.willReturn(new Object[] {5});
    String text = db.selectCount().from(ALBUM).fetchSingle(0, String.class);
    executor.willReturn(new Object[] {5}, new Object[] {6});
    List<Long> counts = db.selectCount().from(ALBUM).fetch(0, Long.class);
    executor.willReturn(new Object[] {5});
    Integer named = db.selectCount().from(ALBUM).fetchOne("count", Integer.class);

    assertThat(grouped)
        .containsExactly(Map.entry(7, List.of(new ById(1, "One"), new ById(2, "Two"))));
    assertThat(count).isEqualTo(5L);
    assertThat(text).isEqualTo("5");
    assertThat(counts).containsExactly(5L, 6L);
    assertThat(named).isEqualTo(5);
    assertThat(db.selectCount().from(ALBUM).fetchOne(0, Long.class)).isNull();
    assertThat(db.selectCount().from(ALBUM).fetchOne("count", Long.class)).isNull();
    assertThat(db.selectFrom(ALBUM).fetchAnyInto(ById.class)).isNull();
  }

  @Test
  void resultsFormatNumbersRightNullsAndLongTextCut() {
    String longTitle = "x".repeat(60);
    Result<Record3<Integer, String, Integer>> result =
        albums(new Object[] {12, longTitle, null}, new Object[] {3, "a\tb\nc", 7});

    assertThat(result.format())
        .isEqualTo(
            "+--------+"
                + "-".repeat(50)
                + "+---------+\n"
                + "|album_id|title"
                + " ".repeat(45)
                + "|artist_id|\n"
                + "+--------+"
                + "-".repeat(50)
                + "+---------+\n"
                + "|      12|"
                + "x".repeat(47)
                + "...|{null}   |\n"
                + "|       3|a\\tb\\nc"
                + " ".repeat(43)
                + "|        7|\n"
                + "+--------+"
                + "-".repeat(50)
                + "+---------+\n");
    assertThat(result.format(0)).endsWith("|...2 record(s) truncated...\n");
    assertThat(albums().format()).isEqualTo("(no records)\n");
    assertThatThrownBy(() -> result.format(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intoTableCopiesTheTablesFieldsAndStreamsUnderJooqsName() {
    executor.willReturn(new Object[] {"One", 9});
    dev.rex.dsl.fixtures.AlbumRecord album =
        db.select(ALBUM.TITLE, TRACK.ALBUM_ID).from(ALBUM).fetchSingle().into(ALBUM);
    executor.willReturn(new Object[] {1, "One", 7});

    assertThat(album.get(ALBUM.TITLE)).isEqualTo("One");
    assertThat(album.get(ALBUM.ALBUM_ID)).isNull();
    assertThat(db.selectFrom(ALBUM).fetchStream()).hasSize(1);
  }
}
