package dev.rex.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Database;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The port rate of docs/from-jooq.md, measured: jOOQ-style snippets on Chinook, written as jOOQ
 * code is written (the jOOQ manual's idioms), each compiled with only its imports changed from
 * {@code org.jooq} to Rex and run on this dialect's database in a transaction that is rolled back.
 * A snippet ports when it compiles and returns the expected result; the expected results are the
 * same on every dialect. The test pins which snippets port, so the count in the docs cannot drift:
 * a snippet that stops porting, or starts to, fails it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqPortTest {

  /**
   * The snippets' imports: jOOQ's {@code org.jooq.impl.DSL.*}, {@code org.jooq.Records.mapping},
   * {@code org.jooq.*} and {@code org.jooq.Record} become Rex's; the generated Chinook classes are
   * Rex's own. The handle is a {@code Database}, where jOOQ code declares a {@code DSLContext} (see
   * the porting guide's section on transactions).
   */
  private static final String PROGRAM =
      """
      package port;

      import static dev.rex.dsl.DSL.*;
      import static dev.rex.dsl.Records.mapping;
      import static dev.rex.it.chinook.Tables.*;

      import dev.rex.Database;
      import dev.rex.dsl.*;
      import dev.rex.dsl.Record;
      import dev.rex.it.chinook.tables.records.*;
      import java.math.BigDecimal;
      import java.util.*;
      import java.util.stream.Stream;

      public class Snippet {
        record AlbumView(String title, String artist) {}
        record AlbumRow(Integer albumId, String title) {}

        public static class ArtistPojo {
          private Integer artistId;
          private String name;
          public void setArtistId(Integer artistId) { this.artistId = artistId; }
          public void setName(String name) { this.name = name; }
          public String getName() { return name; }
        }

        public static Object run(Database ctx) throws Exception {
      %s
        }
      }
      """;

  /** One snippet: its body, and either the result it must return or why it cannot port. */
  record Snippet(String name, String body, String expected, String missing) {}

  private static Snippet ports(String name, String expected, String body) {
    return new Snippet(name, body, expected, "");
  }

  private static Snippet missing(String name, String missing, String body) {
    return new Snippet(name, body, "", missing);
  }

  private static final List<Snippet> SNIPPETS =
      List.of(
          ports(
              "selectFromWhereOrderBy",
              "[For Those About To Rock We Salute You, Let There Be Rock]",
              """
            return ctx.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).orderBy(ALBUM.TITLE).fetch().getValues(ALBUM.TITLE);
          """),
          ports(
              "joinIntoRecordsMapping",
              "[AlbumView[title=For Those About To Rock We Salute You, artist=AC/DC], AlbumView[title=Let There Be Rock, artist=AC/DC]]",
              """
            return ctx.select(ALBUM.TITLE, ARTIST.NAME).from(ALBUM).join(ARTIST).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID)).where(ARTIST.NAME.eq("AC/DC")).orderBy(ALBUM.TITLE).fetch(mapping(AlbumView::new));
          """),
          ports(
              "fetchCountTable",
              "3503",
              """
            return ctx.fetchCount(TRACK);
          """),
          ports(
              "selectCountFetchOneIntClass",
              "10",
              """
            return ctx.selectCount().from(TRACK).where(TRACK.ALBUM_ID.eq(1)).fetchOne(0, int.class);
          """),
          ports(
              "fetchIntoRecord",
              "[AlbumRow[albumId=1, title=For Those About To Rock We Salute You], AlbumRow[albumId=4, title=Let There Be Rock]]",
              """
            return ctx.select(ALBUM.ALBUM_ID, ALBUM.TITLE).from(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).orderBy(ALBUM.ALBUM_ID).fetchInto(AlbumRow.class);
          """),
          ports(
              "fetchOneTableCondition",
              "Let There Be Rock",
              """
            AlbumRecord album = ctx.fetchOne(ALBUM, ALBUM.ALBUM_ID.eq(4));
            return album.getTitle();
          """),
          ports(
              "fetchOneIntoPojo",
              "AC/DC",
              """
            ArtistPojo artist = ctx.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1)).fetchOneInto(ArtistPojo.class);
            return artist.getName();
          """),
          ports(
              "fetchValueMax",
              "5286953",
              """
            return ctx.fetchValue(select(max(TRACK.MILLISECONDS)).from(TRACK));
          """),
          ports(
              "fetchField",
              "[AC/DC, Accept, Aerosmith]",
              """
            return ctx.select(ARTIST.NAME).from(ARTIST).where(ARTIST.ARTIST_ID.le(3)).orderBy(ARTIST.ARTIST_ID).fetch(ARTIST.NAME);
          """),
          ports(
              "fetchMap",
              "{1=For Those About To Rock We Salute You, 4=Let There Be Rock}",
              """
            return ctx.select(ALBUM.ALBUM_ID, ALBUM.TITLE).from(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).orderBy(ALBUM.ALBUM_ID).fetchMap(ALBUM.ALBUM_ID, ALBUM.TITLE);
          """),
          ports(
              "fetchGroups",
              "{1=[For Those About To Rock We Salute You, Let There Be Rock], 2=[Balls to the Wall, Restless and Wild]}",
              """
            return ctx.select(ALBUM.ARTIST_ID, ALBUM.TITLE).from(ALBUM).where(ALBUM.ARTIST_ID.in(1, 2)).orderBy(ALBUM.ALBUM_ID).fetchGroups(ALBUM.ARTIST_ID, ALBUM.TITLE);
          """),
          ports(
              "groupByHavingOrderByAggregate",
              "[USA, Canada, France]",
              """
            return ctx.select(INVOICE.BILLING_COUNTRY, sum(INVOICE.TOTAL)).from(INVOICE).groupBy(INVOICE.BILLING_COUNTRY).having(sum(INVOICE.TOTAL).gt(new BigDecimal("100"))).orderBy(sum(INVOICE.TOTAL).desc()).limit(3).fetch(INVOICE.BILLING_COUNTRY);
          """),
          ports(
              "selectDistinctJoin",
              "[Rock]",
              """
            return ctx.selectDistinct(GENRE.NAME).from(GENRE).join(TRACK).on(TRACK.GENRE_ID.eq(GENRE.GENRE_ID)).where(TRACK.ALBUM_ID.eq(1)).fetch(GENRE.NAME);
          """),
          ports(
              "leftJoinIsNull",
              "71",
              """
            return ctx.fetchCount(select(ARTIST.ARTIST_ID).from(ARTIST).leftJoin(ALBUM).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID)).where(ALBUM.ALBUM_ID.isNull()));
          """),
          ports(
              "existsCorrelated",
              "59",
              """
            return ctx.fetchCount(CUSTOMER, exists(selectOne().from(INVOICE).where(INVOICE.CUSTOMER_ID.eq(CUSTOMER.CUSTOMER_ID))));
          """),
          ports(
              "notExistsCorrelated",
              "1519",
              """
            return ctx.fetchCount(TRACK, notExists(selectOne().from(INVOICE_LINE).where(INVOICE_LINE.TRACK_ID.eq(TRACK.TRACK_ID))));
          """),
          ports(
              "inSubquery",
              "[Rock]",
              """
            return ctx.select(GENRE.NAME).from(GENRE).where(GENRE.GENRE_ID.in(select(TRACK.GENRE_ID).from(TRACK).where(TRACK.ALBUM_ID.eq(1)))).fetch(GENRE.NAME);
          """),
          ports(
              "commonTableExpression",
              "347",
              """
            CommonTableExpression<Record1<Integer>> t = name("t").fields("n").as(select(count()).from(ALBUM));
            return ctx.with(t).select(t.field("n")).from(t).fetchOne(0, int.class);
          """),
          ports(
              "windowFunction",
              "For Those About To Rock (We Salute You)",
              """
            Field<Integer> rn = rowNumber().over(partitionBy(TRACK.ALBUM_ID).orderBy(TRACK.MILLISECONDS.desc()));
            return ctx.select(TRACK.NAME, rn).from(TRACK).where(TRACK.ALBUM_ID.eq(1)).orderBy(TRACK.MILLISECONDS.desc()).limit(1).fetchOne(TRACK.NAME);
          """),
          ports(
              "insertReturning",
              "true",
              """
            ArtistRecord artist = ctx.insertInto(ARTIST, ARTIST.NAME).values("Nina Simone").returning(ARTIST.ARTIST_ID).fetchOne();
            return artist.getArtistId() > 275;
          """),
          ports(
              "newRecordStore",
              "Nina Simone",
              """
            ArtistRecord artist = ctx.newRecord(ARTIST);
            artist.setName("Nina Simone");
            artist.store();
            return ctx.fetchOne(ARTIST, ARTIST.ARTIST_ID.eq(artist.getArtistId())).getName();
          """),
          ports(
              "updateSetWhere",
              "10",
              """
            return ctx.update(TRACK).set(TRACK.UNIT_PRICE, new BigDecimal("1.29")).where(TRACK.ALBUM_ID.eq(1)).execute();
          """),
          ports(
              "deleteWhere",
              "1",
              """
            return ctx.deleteFrom(PLAYLIST_TRACK).where(PLAYLIST_TRACK.PLAYLIST_ID.eq(18)).execute();
          """),
          ports(
              "transactionDslUsing",
              "1",
              """
            ctx.transaction(cfg -> DSL.using(cfg).insertInto(GENRE).set(GENRE.NAME, "Polka").execute());
            return ctx.fetchCount(GENRE, GENRE.NAME.eq("Polka"));
          """),
          ports(
              "transactionResultCfgDsl",
              "25",
              """
            return ctx.transactionResult(cfg -> cfg.dsl().fetchCount(GENRE));
          """),
          ports(
              "plainSqlFetchValue",
              "25",
              """
            Object count = ctx.fetchValue("select count(*) from genre");
            return ((Number) count).intValue();
          """),
          ports(
              "plainSqlFetchOneGet",
              "275",
              """
            return ctx.fetchOne("select count(*) from artist").get(0, Integer.class);
          """),
          ports(
              "upperEqFetchOneField",
              "AC/DC",
              """
            return ctx.select(ARTIST.NAME).from(ARTIST).where(upper(ARTIST.NAME).eq("AC/DC")).fetchOne(ARTIST.NAME);
          """),
          ports(
              "startsWithContainsIgnoreCase",
              "3",
              """
            return ctx.fetchCount(ARTIST, ARTIST.NAME.startsWith("AC/").or(ARTIST.NAME.containsIgnoreCase("zeppelin")));
          """),
          ports(
              "betweenAndLongNames",
              "593",
              """
            return ctx.fetchCount(TRACK, TRACK.MILLISECONDS.between(200000, 300000).and(TRACK.ALBUM_ID.greaterThan(100)).and(TRACK.GENRE_ID.notEqual(1)));
          """),
          ports(
              "caseWhenGroupByAlias",
              "{long=1, short=9}",
              """
            Field<String> size = when(TRACK.MILLISECONDS.gt(300000), "long").otherwise("short").as("size");
            return ctx.select(size, count()).from(TRACK).where(TRACK.ALBUM_ID.eq(1)).groupBy(size).orderBy(size).fetchMap(size, count());
          """),
          ports(
              "coalesceFetchOneIndexClass",
              "unknown",
              """
            return ctx.select(coalesce(TRACK.COMPOSER, "unknown")).from(TRACK).where(TRACK.COMPOSER.isNull()).limit(1).fetchOne(0, String.class);
          """),
          ports(
              "unionFetchSet",
              "[AC/DC, Accept]",
              """
            return new TreeSet<>(ctx.select(ARTIST.NAME).from(ARTIST).where(ARTIST.ARTIST_ID.eq(1)).union(select(ARTIST.NAME).from(ARTIST).where(ARTIST.ARTIST_ID.eq(2))).fetch(ARTIST.NAME));
          """),
          ports(
              "fetchOptionalMap",
              "For Those About To Rock We Salute You",
              """
            return ctx.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1)).fetchOptional().map(AlbumRecord::getTitle).orElse("none");
          """),
          ports(
              "limitOffset",
              "[6, 7]",
              """
            return ctx.selectFrom(TRACK).where(TRACK.ALBUM_ID.eq(1)).orderBy(TRACK.TRACK_ID).limit(2).offset(1).fetch(TRACK.TRACK_ID);
          """),
          ports(
              "batchInsert",
              "2",
              """
            ArtistRecord a = ctx.newRecord(ARTIST);
            a.setName("A");
            ArtistRecord b = ctx.newRecord(ARTIST);
            b.setName("B");
            return ctx.batchInsert(a, b).length;
          """),
          ports(
              "fetchStream",
              "10",
              """
            try (Stream<TrackRecord> tracks = ctx.selectFrom(TRACK).where(TRACK.ALBUM_ID.eq(1)).fetchStream()) {
              return tracks.count();
            }
          """),
          ports(
              "recordGetValue",
              "Let There Be Rock",
              """
            Record record = ctx.select(ALBUM.TITLE).from(ALBUM).where(ALBUM.ALBUM_ID.eq(4)).fetchOne();
            return record.getValue(ALBUM.TITLE);
          """),
          ports(
              "onDuplicateKeyIgnore",
              "0",
              """
            return ctx.insertInto(GENRE, GENRE.GENRE_ID, GENRE.NAME).values(1, "Rock").onDuplicateKeyIgnore().execute();
          """),
          ports(
              "inlineValue",
              "1",
              """
            return ctx.select(inline(1)).fetchOne(0, Integer.class);
          """),
          ports(
              "filterWhereCount",
              "1069",
              """
            return ctx.select(count().filterWhere(TRACK.MILLISECONDS.gt(300000))).from(TRACK).fetchOne(0, int.class);
          """),
          ports(
              "formatCsv",
              "1,Rock\n",
              """
            return ctx.selectFrom(GENRE).where(GENRE.GENRE_ID.eq(1)).fetch().formatCSV(false);
          """),
          ports(
              "rowValueEq",
              "10",
              """
            return ctx.fetchCount(TRACK, row(TRACK.ALBUM_ID, TRACK.MEDIA_TYPE_ID).eq(1, 1));
          """),
          ports(
              "tableAsterisk",
              "2",
              """
            return ctx.select(ALBUM.asterisk()).from(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).fetch().size();
          """),
          ports(
              "extractYear",
              "2021",
              """
            return ctx.select(extract(INVOICE.INVOICE_DATE, DatePart.YEAR)).from(INVOICE).where(INVOICE.INVOICE_ID.eq(1)).fetchOne(0, int.class);
          """),
          ports(
              "multisetConvertFrom",
              "2",
              """
            List<AlbumView> views = ctx.select(multiset(select(ALBUM.TITLE, ARTIST.NAME).from(ALBUM).join(ARTIST).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID)).where(ARTIST.ARTIST_ID.eq(1))).convertFrom(r -> r.map(mapping(AlbumView::new)))).fetchOne().value1();
            return views.size();
          """),
          ports(
              "returningResult",
              "true",
              """
            return ctx.insertInto(GENRE).set(GENRE.NAME, "Polka").returningResult(GENRE.GENRE_ID).fetchOne().value1() > 25;
          """),
          ports(
              "recordIntoTable",
              "[For Those About To Rock We Salute You, Let There Be Rock]",
              """
            return ctx.select().from(ALBUM).join(ARTIST).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID)).where(ARTIST.ARTIST_ID.eq(1)).orderBy(ALBUM.ALBUM_ID).fetch().map(r -> r.into(ALBUM).getTitle());
          """),
          ports(
              "plainSqlField",
              "[AC/DC]",
              """
            return ctx.select(ARTIST.NAME).from(ARTIST).where(field("1").eq(inline(1)).and(ARTIST.ARTIST_ID.eq(1))).fetch(ARTIST.NAME);
          """),
          ports(
              "plainSqlCondition",
              "[AC/DC]",
              """
            return ctx.select(ARTIST.NAME).from(ARTIST).where(condition("? = ?", ARTIST.ARTIST_ID, 1)).fetch(ARTIST.NAME);
          """),
          ports(
              "rowValueInSubquery",
              "2",
              """
            return ctx.fetchCount(ALBUM, row(ALBUM.ARTIST_ID, ALBUM.ALBUM_ID).in(select(ALBUM.ARTIST_ID, ALBUM.ALBUM_ID).from(ALBUM).where(ALBUM.ARTIST_ID.eq(1))));
          """),
          ports(
              "rowValueBetween",
              "[6, 7, 8]",
              """
            return ctx.select(TRACK.TRACK_ID).from(TRACK).where(row(TRACK.ALBUM_ID, TRACK.TRACK_ID).between(1, 4).and(1, 8)).orderBy(TRACK.TRACK_ID).fetch(TRACK.TRACK_ID);
          """),
          ports(
              "updateReturningResult",
              "[Rock and Roll, 1]",
              """
            Record2<String, Integer> row = ctx.update(GENRE).set(GENRE.NAME, "Rock and Roll").where(GENRE.GENRE_ID.eq(1)).returningResult(GENRE.NAME, GENRE.GENRE_ID).fetchOne();
            return List.of(row.value1(), row.value2());
          """));

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  /** Snippets that cannot give jOOQ's result on MySQL and MariaDB, and why (docs/mysql.md). */
  private static final Map<String, String> NOT_ON_MYSQL =
      Map.of(
          "updateReturningResult", ChinookDatabase.NO_RETURNING,
          "plainSqlFetchValue", ChinookDatabase.TABLE_NAME_CASE,
          "plainSqlFetchOneGet", ChinookDatabase.TABLE_NAME_CASE,
          "onDuplicateKeyIgnore",
              "MariaDB Connector/J counts found rows: a duplicate left as it was counts 1, not 0.");

  @Test
  void theSnippetsThatPortRunWithTheExpectedResultsAndTheOthersDoNotCompile() {
    List<String> ported = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Snippet snippet : SNIPPETS) {
      if (ChinookDatabase.mysql() && NOT_ON_MYSQL.containsKey(snippet.name())) {
        System.out.printf(
            "jOOQ port on mysql: %s left out: %s%n",
            snippet.name(), NOT_ON_MYSQL.get(snippet.name()));
        continue;
      }
      Compiler.Outcome outcome =
          Compiler.compile("port.Snippet", PROGRAM.formatted(snippet.body().indent(4)));
      if (!snippet.missing().isEmpty()) {
        if (outcome.compiled()) {
          wrong.add(snippet.name() + ": compiles, though listed as missing " + snippet.missing());
        }
        continue;
      }
      if (!outcome.compiled()) {
        wrong.add(snippet.name() + ": does not compile: " + outcome.errors());
        continue;
      }
      String result = run(outcome.load("port.Snippet"));
      if (result.equals(snippet.expected())) {
        ported.add(snippet.name());
      } else {
        wrong.add(snippet.name() + ": returned " + result + ", expected " + snippet.expected());
      }
    }
    System.out.printf(
        "jOOQ port rate on %s: %d of %d snippets port unchanged%n",
        ChinookDatabase.DIALECT, ported.size(), SNIPPETS.size());

    assertThat(wrong).isEmpty();
    assertThat(ported).hasSize(ChinookDatabase.mysql() ? 53 - NOT_ON_MYSQL.size() : 53);
  }

  /** Runs the snippet in a rolled-back transaction and returns its result as comparable text. */
  private String run(Class<?> snippet) {
    Object[] result = new Object[1];
    RolledBack.run(
        db,
        tx -> {
          Method run = snippet.getMethod("run", Database.class);
          try {
            result[0] = run.invoke(null, tx);
          } catch (InvocationTargetException failed) {
            result[0] = "threw " + failed.getCause();
          }
        });
    return String.valueOf(normalised(result[0]));
  }

  /** Decimals without trailing zeros, records as lists, so that both dialects print the same. */
  private static Object normalised(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Record record) {
      return normalised(java.util.Arrays.asList(record.intoArray()));
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(normalised(k), normalised(v)));
      return copy;
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(JooqPortTest::normalised).toList();
    }
    return value;
  }
}
