package dev.rex.dsl;

import static dev.rex.dsl.DSL.coalesce;
import static dev.rex.dsl.DSL.concat;
import static dev.rex.dsl.DSL.falseCondition;
import static dev.rex.dsl.DSL.length;
import static dev.rex.dsl.DSL.lower;
import static dev.rex.dsl.DSL.noCondition;
import static dev.rex.dsl.DSL.trueCondition;
import static dev.rex.dsl.DSL.upper;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Album.ALBUM;
import static dev.rex.dsl.fixtures.Kinds.KINDS;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.Album;
import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.fixtures.Kinds;
import dev.rex.dsl.fixtures.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Conditions evaluated in memory with SQL's three-valued logic and each dialect's rules. That they
 * agree with the databases themselves is checked in rex-runtime's {@code RowPredicateSuite}.
 */
class RowPredicateTest {

  private static final Kinds K = KINDS;

  private static boolean onPostgres(Condition condition, Kinds.Row row) {
    return RowPredicate.of(K, condition, PG).test(row);
  }

  private static boolean onSqlite(Condition condition, Kinds.Row row) {
    return RowPredicate.of(K, condition, SQLITE).test(row);
  }

  /** TRUE: the condition matches and its negation does not. */
  private static boolean isTrue(Condition condition, Kinds.Row row) {
    return onPostgres(condition, row) && !onPostgres(condition.not(), row);
  }

  /** FALSE: the condition does not match and its negation does. */
  private static boolean isFalse(Condition condition, Kinds.Row row) {
    return !onPostgres(condition, row) && onPostgres(condition.not(), row);
  }

  /** UNKNOWN: neither the condition nor its negation matches. */
  private static boolean isUnknown(Condition condition, Kinds.Row row) {
    return !onPostgres(condition, row) && !onPostgres(condition.not(), row);
  }

  private static Kinds.Row row() {
    return K.newRecord();
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // compares columns of two number types on purpose
  private static <T> Field<T> as(Field<?> field) {
    return (Field) field;
  }

  @Test
  void comparisonsWithNullAreUnknownAndNotOfUnknownIsUnknown() {
    Kinds.Row empty = row();

    assertThat(isUnknown(K.ID.eq(1), empty)).isTrue();
    assertThat(isUnknown(K.ID.ne(1), empty)).isTrue();
    assertThat(isFalse(K.ID.lt(K.ID), row().set(K.ID, 1))).isTrue();
    assertThat(isUnknown(K.ID.eq(val(null, K.ID)), row().set(K.ID, 1))).isTrue();
    assertThat(isTrue(K.ID.isNull(), empty)).isTrue();
    assertThat(isFalse(K.ID.isNotNull(), empty)).isTrue();
  }

  @Test
  void inListsFollowSqlWithNulls() {
    assertThat(isUnknown(K.ID.in(Arrays.asList(1, null)), row())).isTrue();
    assertThat(isTrue(K.ID.in(Arrays.asList(1, null)), row().set(K.ID, 1))).isTrue();
    assertThat(isUnknown(K.ID.in(Arrays.asList(2, null)), row().set(K.ID, 1))).isTrue();
    assertThat(isUnknown(K.ID.notIn(Arrays.asList(2, null)), row().set(K.ID, 1))).isTrue();
    assertThat(isTrue(K.ID.notIn(2, 3), row().set(K.ID, 1))).isTrue();
    assertThat(isFalse(K.ID.in(List.of()), row())).isTrue();
    assertThat(isTrue(K.ID.notIn(List.of()), row())).isTrue();
  }

  @Test
  void andAndOrLetADecisiveOperandWinOverUnknown() {
    Kinds.Row two = row().set(K.ID, 2);
    Condition unknown = K.BIG.eq(1L);

    assertThat(isFalse(K.ID.eq(1).and(unknown), two)).isTrue();
    assertThat(isUnknown(K.ID.eq(2).and(unknown), two)).isTrue();
    assertThat(isTrue(K.ID.eq(2).or(unknown), two)).isTrue();
    assertThat(isUnknown(unknown.or(K.ID.eq(3)), two)).isTrue();
    assertThat(isTrue(K.ID.eq(2).and(K.BIG.isNull()).and(K.TEXT.isNull()), two)).isTrue();
    assertThat(isFalse(DSL.or(K.ID.eq(1), K.ID.eq(3), K.ID.eq(4)), two)).isTrue();
    assertThat(isTrue(K.ID.eq(2).andNot(K.ID.eq(3)), two)).isTrue();
    assertThat(isTrue(K.ID.eq(3).orNot(K.ID.eq(3)), two)).isTrue();
  }

  @Test
  void constantConditions() {
    assertThat(isTrue(trueCondition(), row())).isTrue();
    assertThat(isFalse(falseCondition(), row())).isTrue();
    assertThat(onPostgres(noCondition(), row())).isTrue();
    assertThat(onPostgres(noCondition().not(), row())).isTrue();
  }

  @Test
  void betweenIsTwoComparisons() {
    Kinds.Row five = row().set(K.ID, 5);

    assertThat(isTrue(K.ID.between(5, 6), five)).isTrue();
    assertThat(isFalse(K.ID.between(6, 7), five)).isTrue();
    assertThat(isFalse(K.ID.between(null, 3), five)).isTrue();
    assertThat(isUnknown(K.ID.between(null, 10), five)).isTrue();
    assertThat(isTrue(K.ID.between(K.ID, K.ID), five)).isTrue();
  }

  @Test
  void numbersCompareByValueAcrossJavaTypes() {
    Kinds.Row row =
        row()
            .set(K.SMALL, (short) 3)
            .set(K.BIG, 3L)
            .set(K.DECIMAL, new BigDecimal("1.00"))
            .set(K.DOUBLE, 1.0)
            .set(K.REAL, 0.5f);

    assertThat(isTrue(K.SMALL.eq(as(K.BIG)), row)).isTrue();
    assertThat(isTrue(K.DECIMAL.eq(new BigDecimal("1.0")), row)).isTrue();
    assertThat(isTrue(K.DECIMAL.eq(as(K.DOUBLE)), row)).isTrue();
    assertThat(isTrue(K.DECIMAL.lt(as(K.BIG)), row)).isTrue();
    assertThat(isTrue(K.REAL.lt(as(K.DOUBLE)), row)).isTrue();
  }

  @Test
  void doublesTreatNanAsEqualToItselfAndAboveEverythingAndNegativeZeroAsZero() {
    assertThat(isTrue(K.DOUBLE.eq(Double.NaN), row().set(K.DOUBLE, Double.NaN))).isTrue();
    assertThat(isTrue(K.DOUBLE.gt(Double.MAX_VALUE), row().set(K.DOUBLE, Double.NaN))).isTrue();
    assertThat(isTrue(K.DOUBLE.eq(0.0), row().set(K.DOUBLE, -0.0))).isTrue();
  }

  @Test
  void textComparesByCodePointNotByUtf16Unit() {
    Kinds.Row emoji = row().set(K.TEXT, "😀");

    assertThat(isTrue(K.TEXT.gt("\uFFFD"), emoji)).isTrue();
    assertThat(isTrue(K.TEXT.gt("\uD7FF"), emoji)).isTrue();
    assertThat(isTrue(K.TEXT.lt("a"), row().set(K.TEXT, "B"))).isTrue();
    assertThat(isTrue(K.TEXT.gt("a"), row().set(K.TEXT, "ab"))).isTrue();
    assertThat(isTrue(K.TEXT.lt("😁"), emoji)).isTrue();
  }

  @Test
  void temporalValuesCompareChronologicallyAndOffsetTimestampsByInstant() {
    Kinds.Row row =
        row()
            .set(K.INSTANT, OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)))
            .set(K.AT, LocalDateTime.of(2024, 1, 1, 10, 0, 0, 5))
            .set(K.DAY, LocalDate.of(2024, 2, 29))
            .set(K.TIME, LocalTime.of(23, 59));

    assertThat(isTrue(K.INSTANT.eq(OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC)), row))
        .isTrue();
    assertThat(isTrue(K.AT.gt(LocalDateTime.of(2024, 1, 1, 10, 0)), row)).isTrue();
    assertThat(isTrue(K.DAY.lt(LocalDate.of(2024, 3, 1)), row)).isTrue();
    assertThat(isTrue(K.TIME.gt(LocalTime.NOON), row)).isTrue();
  }

  @Test
  void uuidsAndBytesCompareAsUnsignedBytesAndBytesByContent() {
    UUID high = UUID.fromString("ffffffff-0000-0000-0000-000000000000");
    UUID low = UUID.fromString("00000000-0000-0000-8000-000000000000");

    assertThat(isTrue(K.KEY.gt(low), row().set(K.KEY, high))).isTrue();
    assertThat(isTrue(K.KEY.eq(UUID.fromString(low.toString())), row().set(K.KEY, low))).isTrue();
    assertThat(isTrue(K.BYTES.eq(new byte[] {1, 2}), row().set(K.BYTES, new byte[] {1, 2})))
        .isTrue();
    assertThat(isTrue(K.BYTES.gt(new byte[] {1}), row().set(K.BYTES, new byte[] {(byte) 0xff})))
        .isTrue();
    assertThat(isTrue(K.BYTES.lt(new byte[] {1, 0}), row().set(K.BYTES, new byte[] {1}))).isTrue();
  }

  @Test
  void booleansAndEnumsOrderAsTheirDatabaseStoresThem() {
    Kinds.Row nc17 = row().set(K.RATING, Rating.NC_17).set(K.FLAG, true);

    assertThat(isTrue(K.FLAG.gt(false), nc17)).isTrue();
    assertThat(onPostgres(K.RATING.gt(Rating.PG_13), nc17)).isTrue();
    assertThat(onSqlite(K.RATING.lt(Rating.PG_13), nc17)).isTrue();
    assertThat(onSqlite(K.RATING.gt(Rating.G), nc17)).isTrue();
  }

  @Test
  void likeFollowsEachDialect() {
    Kinds.Row abc = row().set(K.TEXT, "Abc");
    Kinds.Row umlaut = row().set(K.TEXT, "ÄRGER");

    assertThat(onPostgres(K.TEXT.like("A%"), abc)).isTrue();
    assertThat(onPostgres(K.TEXT.like("a%"), abc)).isFalse();
    assertThat(onSqlite(K.TEXT.like("a%"), abc)).isTrue();
    assertThat(onPostgres(K.TEXT.like("a\\%b"), row().set(K.TEXT, "a%b"))).isTrue();
    assertThat(onPostgres(K.TEXT.like("a\\%b"), row().set(K.TEXT, "axb"))).isFalse();
    assertThat(onSqlite(K.TEXT.like("a\\%"), row().set(K.TEXT, "a\\xyz"))).isTrue();
    assertThat(onPostgres(K.TEXT.like("a\\\\b"), row().set(K.TEXT, "a\\b"))).isTrue();
    assertThat(onPostgres(K.TEXT.like("_"), row().set(K.TEXT, "😀"))).isTrue();
    assertThat(onPostgres(K.TEXT.like("%"), row().set(K.TEXT, ""))).isTrue();
    assertThat(onPostgres(K.TEXT.likeIgnoreCase("ä%"), umlaut)).isTrue();
    assertThat(onSqlite(K.TEXT.likeIgnoreCase("ä%"), umlaut)).isFalse();
    assertThat(onSqlite(K.TEXT.likeIgnoreCase("%rger"), umlaut)).isTrue();
    assertThat(onSqlite(upper(K.TEXT).eq("äRGER"), row().set(K.TEXT, "ärger"))).isTrue();
    assertThat(isTrue(K.TEXT.notLikeIgnoreCase("x%"), abc)).isTrue();
    assertThat(isUnknown(K.TEXT.notLike("a%"), row())).isTrue();
    assertThat(isUnknown(K.TEXT.like(val(null, K.TEXT)), abc)).isTrue();
  }

  @Test
  void aPatternFromAColumnIsCompiledPerRow() {
    assertThat(isTrue(K.TEXT.like(K.OTHER_TEXT), row().set(K.TEXT, "abc").set(K.OTHER_TEXT, "a_c")))
        .isTrue();
    assertThat(isUnknown(K.TEXT.like(K.OTHER_TEXT), row().set(K.TEXT, "abc"))).isTrue();
    assertThat(isUnknown(K.TEXT.like(K.OTHER_TEXT), row().set(K.OTHER_TEXT, "a"))).isTrue();
    assertThat(
            isUnknown(K.TEXT.like(K.OTHER_TEXT), row().set(K.TEXT, "a").set(K.OTHER_TEXT, "a\\")))
        .isTrue();
  }

  @Test
  void expressionsOfTheRowAreComputed() {
    Kinds.Row row = row().set(K.ID, -7).set(K.TEXT, "Ärger😀").set(K.BIG, Long.MAX_VALUE);

    assertThat(isTrue(K.ID.div(2).eq(-3), row)).isTrue();
    assertThat(isTrue(K.ID.mod(3).eq(-1), row)).isTrue();
    assertThat(isTrue(K.ID.mod(-1).eq(0), row)).isTrue();
    assertThat(isTrue(K.ID.div(-1).eq(7), row)).isTrue();
    assertThat(isTrue(K.ID.plus(10).times(2).minus(1).eq(5), row)).isTrue();
    assertThat(isTrue(K.ID.neg().eq(7), row)).isTrue();
    assertThat(isTrue(DSL.abs(K.ID).eq(7), row)).isTrue();
    assertThat(isTrue(DSL.abs(K.ID.neg()).eq(7), row)).isTrue();
    assertThat(isTrue(length(K.TEXT).eq(6), row)).isTrue();
    assertThat(isTrue(lower(K.TEXT).eq("ärger😀"), row)).isTrue();
    assertThat(isTrue(upper(K.TEXT).eq("ÄRGER😀"), row)).isTrue();
    assertThat(isTrue(concat(K.TEXT, val("/"), K.ID).eq("Ärger😀/-7"), row)).isTrue();
    assertThat(isTrue(coalesce(K.SMALL, val((short) 4)).eq((short) 4), row)).isTrue();
    assertThat(isTrue(K.TEXT.as("t").eq("Ärger😀"), row)).isTrue();
  }

  @Test
  void overflowAndDivisionByZeroMakeTheValueNull() {
    Kinds.Row row = row().set(K.ID, 1).set(K.BIG, Long.MAX_VALUE).set(K.DOUBLE, 1.0);

    assertThat(isUnknown(K.BIG.plus(1).gt(0L), row)).isTrue();
    assertThat(isUnknown(K.ID.div(0).eq(0), row)).isTrue();
    assertThat(isUnknown(K.ID.mod(0).eq(0), row)).isTrue();
    assertThat(isUnknown(K.DOUBLE.div(0).eq(0.0), row)).isTrue();
    assertThat(isTrue(K.DOUBLE.div(4).eq(0.25), row)).isTrue();
    assertThat(isUnknown(K.ID.plus(K.SMALL).eq(1), row)).isTrue();
    assertThat(isUnknown(K.ID.neg().eq(1), row().set(K.ID, null))).isTrue();
    assertThat(isUnknown(DSL.abs(K.ID).eq(1), row())).isTrue();
    assertThat(isUnknown(lower(K.TEXT).eq("a"), row())).isTrue();
    assertThat(isUnknown(concat(K.TEXT, val("x")).eq("x"), row())).isTrue();
  }

  @Test
  void decimalsAreExactOnPostgresAndDoublesOnSqlite() {
    Kinds.Row row = row().set(K.DECIMAL, new BigDecimal("0.1"));
    Condition threeTimes = K.DECIMAL.times(3).eq(new BigDecimal("0.3"));

    assertThat(onPostgres(threeTimes, row)).isTrue();
    assertThat(onSqlite(threeTimes, row)).isFalse();
    assertThat(onSqlite(K.DECIMAL.times(3).gt(new BigDecimal("0.3")), row)).isTrue();
  }

  @Test
  void caseWhenTakesTheFirstTrueBranch() {
    Field<String> sign =
        DSL.when(K.ID.gt(0), "positive").when(K.ID.lt(0), "negative").otherwise("zero");
    Field<String> noElse = DSL.when(K.ID.gt(0), "positive");

    assertThat(isTrue(sign.eq("negative"), row().set(K.ID, -1))).isTrue();
    assertThat(isTrue(sign.eq("zero"), row())).isTrue();
    assertThat(isUnknown(noElse.eq("positive"), row().set(K.ID, -1))).isTrue();
  }

  @Test
  // a record of another shape, as unchecked code may pass one
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aRecordWhoseColumnsAreInAnotherOrderIsReadByColumnName() {
    Record reordered =
        DSL.select(ALBUM.TITLE, ALBUM.ALBUM_ID)
            .from(ALBUM)
            .recordType()
            .newRecord(new Object[] {"Kind of Blue", 7}, null);
    RowPredicate predicate = RowPredicate.of(ALBUM, ALBUM.ALBUM_ID.eq(7), PG);

    assertThat(predicate.test(reordered)).isTrue();
    assertThatThrownBy(
            () ->
                predicate.test(
                    DSL.select(ALBUM.TITLE)
                        .from(ALBUM)
                        .recordType()
                        .newRecord(new Object[] {"x"}, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("album_id");
  }

  @Test
  void aTableUnderAnAliasReadsItsOwnColumns() {
    Album a = ALBUM.as("a");
    AlbumRecord record = new AlbumRecord().setTitle("Kind of Blue");

    assertThat(RowPredicate.of(a, a.TITLE.like("Kind%"), PG).test(record)).isTrue();
  }

  @Test
  void theCompiledPredicateNamesItsCondition() {
    assertThat(RowPredicate.of(K, K.ID.eq(1), PG).toString()).contains("\"id\" = ?");
  }
}
