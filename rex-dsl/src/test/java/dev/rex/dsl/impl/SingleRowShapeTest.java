package dev.rex.dsl.impl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.inline;
import static dev.rex.dsl.DSL.resultQuery;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ALBUM_SUMMARY;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Record;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.fixtures.Album;
import dev.rex.dsl.gen.AbstractTable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Which queries a single-row fetch may run without a row maximum: only those whose shape cannot
 * return a second row. Every "false" here is a shape that can.
 */
class SingleRowShapeTest {

  @Test
  void aLookupByThePrimaryKeyReturnsOneRowAtMost() {
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1)))).isTrue();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM).where(val(1).eq(ALBUM.ALBUM_ID))))
        .isTrue();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(inline(1)))))
        .isTrue();
    assertThat(
            Queries.returnsAtMostOneRow(
                select(ALBUM.TITLE)
                    .from(ALBUM)
                    .where(ALBUM.ALBUM_ID.eq(7).and(ALBUM.TITLE.eq("x")))))
        .isTrue();
  }

  @Test
  void otherConditionsOnTheKeyCanMatchMoreRows() {
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM))).isFalse();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM).where(ALBUM.ALBUM_ID.gt(1))))
        .isFalse();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM).where(ALBUM.ALBUM_ID.ne(1))))
        .isFalse();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM).where(ALBUM.TITLE.eq("x")))).isFalse();
    assertThat(
            Queries.returnsAtMostOneRow(
                selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1).or(ALBUM.ALBUM_ID.eq(2)))))
        .isFalse();
    assertThat(
            Queries.returnsAtMostOneRow(
                selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(ALBUM.ARTIST_ID))))
        .isFalse();
  }

  @Test
  void joinsGroupingAndSetOperationsAreNotRecognized() {
    assertThat(
            Queries.returnsAtMostOneRow(
                select(ALBUM.TITLE)
                    .from(ALBUM)
                    .join(ARTIST)
                    .on(ARTIST.ARTIST_ID.eq(ALBUM.ARTIST_ID))
                    .where(ALBUM.ALBUM_ID.eq(1))))
        .isFalse();
    assertThat(
            Queries.returnsAtMostOneRow(
                select(ALBUM.TITLE, ARTIST.NAME).from(ALBUM, ARTIST).where(ALBUM.ALBUM_ID.eq(1))))
        .isFalse();
    assertThat(
            Queries.returnsAtMostOneRow(
                select(ALBUM.TITLE, count())
                    .from(ALBUM)
                    .where(ALBUM.ALBUM_ID.eq(1))
                    .groupBy(ALBUM.TITLE)))
        .isFalse();
    assertThat(
            Queries.returnsAtMostOneRow(
                selectFrom(ALBUM)
                    .where(ALBUM.ALBUM_ID.eq(1))
                    .unionAll(selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(2)))))
        .isFalse();
  }

  @Test
  void anAliasedTableIsRecognizedThroughItsOwnKey() {
    Album aliased = ALBUM.as("a");
    assertThat(Queries.returnsAtMostOneRow(selectFrom(aliased).where(aliased.ALBUM_ID.eq(1))))
        .isTrue();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(aliased).where(ALBUM.ALBUM_ID.eq(1))))
        .isFalse();
  }

  @Test
  void aTableWithoutAPrimaryKeyOrPlainSqlIsNotRecognized() {
    assertThat(Queries.returnsAtMostOneRow(selectFrom(ALBUM_SUMMARY))).isFalse();
    assertThat(
            Queries.returnsAtMostOneRow(resultQuery("select * from album where album_id = ?", 1)))
        .isFalse();
  }

  @Test
  void aCompositeKeyNeedsEveryColumn() {
    Pair pair = new Pair();
    assertThat(
            Queries.returnsAtMostOneRow(
                selectFrom(pair).where(pair.LEFT_ID.eq(1).and(pair.RIGHT_ID.eq(2)))))
        .isTrue();
    assertThat(Queries.returnsAtMostOneRow(selectFrom(pair).where(pair.LEFT_ID.eq(1)))).isFalse();
    assertThat(
            Queries.returnsAtMostOneRow(
                selectFrom(pair).where(pair.LEFT_ID.eq(1).or(pair.RIGHT_ID.eq(2)))))
        .isFalse();
  }

  @Test
  void theLimitHintIsALimitGivenAsAValue() {
    assertThat(Queries.limitHint(selectFrom(ALBUM).limit(1000))).isEqualTo(1000);
    assertThat(Queries.limitHint(selectFrom(ALBUM).orderBy(ALBUM.TITLE).limit(3).offset(6)))
        .isEqualTo(3);
    assertThat(Queries.limitHint(selectFrom(ALBUM))).isZero();
    assertThat(Queries.limitHint(selectFrom(ALBUM).limit(-1))).isZero();
    assertThat(Queries.limitHint(resultQuery("select * from album limit 5"))).isZero();
  }

  /** A table with a two-column primary key, as the code generator writes one. */
  private static final class Pair extends AbstractTable<Record> {
    final TableField<Record, Integer> LEFT_ID =
        createField("left_id", SQLDataType.INTEGER.nullable(false));
    final TableField<Record, Integer> RIGHT_ID =
        createField("right_id", SQLDataType.INTEGER.nullable(false));

    Pair() {
      super("pair", null, (@Nullable String) null);
    }

    @Override
    public Record newRecord() {
      throw new AssertionError("not read in this test");
    }

    @Override
    public AbstractTable<Record> as(String alias) {
      throw new AssertionError("not aliased in this test");
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
      return UniqueKey.primaryKey("pair_pkey", this, LEFT_ID, RIGHT_ID);
    }
  }
}
