package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rex.dsl.Record;
import dev.rex.graphql.GraphQLTest;
import graphql.GraphQLError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aggregates on Chinook: counts, sums, averages and extremes over all rows and per group, {@code
 * having}, sorting groups, aggregates nested below rows, and refused selections. Expected values
 * come from plain SQL on the same database; every root field must be one statement.
 */
public abstract class AggregateSuite extends GraphQLTest {

  private String sql(String postgres, String sqlite) {
    return dialect().equals("postgres") ? postgres : sqlite;
  }

  private List<Record> rows(String postgres, String sqlite) {
    List<Record> rows = new ArrayList<>();
    db.fetch(sql(postgres, sqlite)).forEach(rows::add);
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> data, String key) {
    return (Map<String, Object>) data.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> data, String key) {
    return (List<Map<String, Object>>) data.get(key);
  }

  private static long integer(Object value) {
    return value instanceof String text ? Long.parseLong(text) : ((Number) value).longValue();
  }

  private static double decimal(Object value) {
    return new BigDecimal(value.toString()).doubleValue();
  }

  @Test
  void withoutGroupByEveryRowIsOneGroup() {
    Map<String, Object> data =
        data(
            """
            { tracksAggregate {
                count
                sum { milliseconds unitPrice }
                avg { milliseconds bytes }
                min { name milliseconds unitPrice }
                max { milliseconds composer }
              } }
            """);

    assertThat(statements).hasSize(1);
    Record expected =
        rows(
                "select count(*), sum(milliseconds), sum(unit_price), avg(milliseconds),"
                    + " avg(bytes), min(name), min(milliseconds), min(unit_price),"
                    + " max(milliseconds), max(composer) from track",
                "select count(*), sum(Milliseconds), sum(UnitPrice), avg(Milliseconds),"
                    + " avg(Bytes), min(Name), min(Milliseconds), min(UnitPrice),"
                    + " max(Milliseconds), max(Composer) from Track")
            .get(0);
    List<Map<String, Object>> groups = list(data, "tracksAggregate");
    assertThat(groups).hasSize(1);
    Map<String, Object> group = groups.get(0);
    assertThat(integer(group.get("count"))).isEqualTo(integer(expected.get(0)));
    // A sum of an Int column is a BigInt, written as a string of digits.
    assertThat(map(group, "sum").get("milliseconds")).isEqualTo(expected.get(1).toString());
    assertThat(decimal(map(group, "sum").get("unitPrice")))
        .isCloseTo(decimal(expected.get(2)), within(1e-6));
    assertThat((Double) map(group, "avg").get("milliseconds"))
        .isCloseTo(decimal(expected.get(3)), within(1e-6));
    assertThat((Double) map(group, "avg").get("bytes"))
        .isCloseTo(decimal(expected.get(4)), within(1e-3));
    assertThat(map(group, "min").get("name")).isEqualTo(expected.get(5));
    assertThat(integer(map(group, "min").get("milliseconds"))).isEqualTo(integer(expected.get(6)));
    assertThat(decimal(map(group, "min").get("unitPrice"))).isEqualTo(decimal(expected.get(7)));
    assertThat(integer(map(group, "max").get("milliseconds"))).isEqualTo(integer(expected.get(8)));
    assertThat(map(group, "max").get("composer")).isEqualTo(expected.get(9));
  }

  @Test
  void groupsByColumnsWithHavingSortedByAnAggregate() {
    Map<String, Object> data =
        data(
            """
            { tracksAggregate(
                where: {milliseconds: {gt: 200000}}
                groupBy: [genreId, mediaTypeId]
                having: {count: {gte: 20}}
                orderBy: [{count: DESC}]
              ) { keys { genreId mediaTypeId } count sum { milliseconds } } }
            """);

    assertThat(statements).hasSize(1);
    List<Record> expected =
        rows(
            "select genre_id, media_type_id, count(*), sum(milliseconds) from track"
                + " where milliseconds > 200000 group by genre_id, media_type_id"
                + " having count(*) >= 20 order by count(*) desc, genre_id, media_type_id",
            "select GenreId, MediaTypeId, count(*), sum(Milliseconds) from Track"
                + " where Milliseconds > 200000 group by GenreId, MediaTypeId"
                + " having count(*) >= 20 order by count(*) desc, GenreId, MediaTypeId");
    List<Map<String, Object>> groups = list(data, "tracksAggregate");
    assertThat(groups).hasSize(expected.size()).hasSizeGreaterThan(2);
    for (int i = 0; i < groups.size(); i++) {
      Map<String, Object> group = groups.get(i);
      Record row = expected.get(i);
      assertThat(integer(map(group, "keys").get("genreId"))).isEqualTo(integer(row.get(0)));
      assertThat(integer(map(group, "keys").get("mediaTypeId"))).isEqualTo(integer(row.get(1)));
      assertThat(integer(group.get("count"))).isEqualTo(integer(row.get(2)));
      assertThat(integer(map(group, "sum").get("milliseconds"))).isEqualTo(integer(row.get(3)));
    }
  }

  @Test
  void havingCombinesAggregatesWithAndOrNot() {
    Map<String, Object> data =
        data(
            """
            { albumsAggregate(
                groupBy: [artistId]
                having: {or: [
                  {and: [{count: {gte: 5}}, {max: {title: {like: "%Live%"}}}]},
                  {not: {min: {albumId: {gt: 10}}}}
                ]}
                orderBy: [{keys: {artistId: DESC}}]
              ) { keys { artistId } count } }
            """);

    List<Record> expected =
        rows(
            "select artist_id, count(*) from album group by artist_id"
                + " having (count(*) >= 5 and max(title) like '%Live%')"
                + " or not (min(album_id) > 10) order by artist_id desc",
            "select ArtistId, count(*) from Album group by ArtistId"
                + " having (count(*) >= 5 and max(Title) like '%Live%')"
                + " or not (min(AlbumId) > 10) order by ArtistId desc");
    assertThat(list(data, "albumsAggregate"))
        .extracting(g -> integer(map(g, "keys").get("artistId")))
        .isEqualTo(expected.stream().map(r -> integer(r.get(0))).toList())
        .hasSizeGreaterThan(3);
  }

  @Test
  void havingComparesSumsAndAveragesAndSortsByThem() {
    Map<String, Object> data =
        data(
            """
            { invoicesAggregate(
                groupBy: [customerId]
                having: {sum: {total: {gt: "45"}}, avg: {total: {lt: 7}}}
                orderBy: [{sum: {total: DESC}}]
                limit: 3
              ) { keys { customerId } sum { total } avg { total } } }
            """);

    List<Record> expected =
        rows(
            "select customer_id, sum(total) from invoice group by customer_id"
                + " having sum(total) > 45 and avg(total) < 7"
                + " order by sum(total) desc, customer_id limit 3",
            "select CustomerId, sum(Total) from Invoice group by CustomerId"
                + " having sum(Total) > 45 and avg(Total) < 7"
                + " order by sum(Total) desc, CustomerId limit 3");
    List<Map<String, Object>> groups = list(data, "invoicesAggregate");
    assertThat(groups)
        .extracting(g -> integer(map(g, "keys").get("customerId")))
        .isEqualTo(expected.stream().map(r -> integer(r.get(0))).toList());
    for (int i = 0; i < groups.size(); i++) {
      assertThat(decimal(map(groups.get(i), "sum").get("total")))
          .isCloseTo(decimal(expected.get(i).get(1)), within(1e-6));
    }
  }

  @Test
  void nestedAggregatesAreReadInTheParentsStatement() {
    Map<String, Object> data =
        data(
            """
            { artists(where: {artistId: {in: [1, 8, 22]}}, orderBy: [{artistId: ASC}]) {
                artistId
                albumsAggregate { count }
                albums(orderBy: [{albumId: ASC}]) {
                  albumId
                  tracksAggregate(groupBy: [mediaTypeId]) {
                    keys { mediaTypeId } count max { milliseconds }
                  }
                }
              } }
            """);

    assertThat(statements).hasSize(1);
    for (Map<String, Object> artist : list(data, "artists")) {
      long id = integer(artist.get("artistId"));
      long albums =
          integer(
              rows(
                      "select count(*) from album where artist_id = " + id,
                      "select count(*) from Album where ArtistId = " + id)
                  .get(0)
                  .get(0));
      assertThat(list(artist, "albumsAggregate")).hasSize(1);
      assertThat(integer(list(artist, "albumsAggregate").get(0).get("count"))).isEqualTo(albums);
      for (Map<String, Object> album : list(artist, "albums")) {
        long albumId = integer(album.get("albumId"));
        List<Record> expected =
            rows(
                "select media_type_id, count(*), max(milliseconds) from track"
                    + " where album_id = "
                    + albumId
                    + " group by media_type_id order by media_type_id",
                "select MediaTypeId, count(*), max(Milliseconds) from Track"
                    + " where AlbumId = "
                    + albumId
                    + " group by MediaTypeId order by MediaTypeId");
        List<Map<String, Object>> groups = list(album, "tracksAggregate");
        assertThat(groups).hasSize(expected.size());
        for (int i = 0; i < groups.size(); i++) {
          assertThat(integer(map(groups.get(i), "keys").get("mediaTypeId")))
              .isEqualTo(integer(expected.get(i).get(0)));
          assertThat(integer(groups.get(i).get("count")))
              .isEqualTo(integer(expected.get(i).get(1)));
          assertThat(integer(map(groups.get(i), "max").get("milliseconds")))
              .isEqualTo(integer(expected.get(i).get(2)));
        }
      }
    }
  }

  @Test
  void aggregatesOfAManyToManyRelationCountTheLinkedRows() {
    Map<String, Object> data = data("{ playlist(playlistId: 1) { tracksAggregate { count } } }");

    long expected =
        integer(
            rows(
                    "select count(*) from playlist_track where playlist_id = 1",
                    "select count(*) from PlaylistTrack where PlaylistId = 1")
                .get(0)
                .get(0));
    assertThat(integer(list(map(data, "playlist"), "tracksAggregate").get(0).get("count")))
        .isEqualTo(expected);
  }

  @Test
  void anEmptyFilterStillGivesOneGroupWithACountOfZero() {
    Map<String, Object> data =
        data("{ albumsAggregate(where: {albumId: {lt: 0}}) { count sum { albumId } __typename } }");

    assertThat(list(data, "albumsAggregate"))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.get("count")).isEqualTo(0);
              assertThat(map(g, "sum").get("albumId")).isNull();
              assertThat(g.get("__typename")).isEqualTo("AlbumAggregateGroup");
            });
  }

  @Test
  void havingWithoutGroupByKeepsOrDropsTheOneGroup() {
    Map<String, Object> data =
        data(
            "{ kept: genresAggregate(having: {count: {gt: 1}}) { count }"
                + " dropped: genresAggregate(having: {count: {gt: 100000}}) { count } }");

    assertThat(list(data, "kept")).hasSize(1);
    assertThat(list(data, "dropped")).isEmpty();
    assertThat(statements).hasSize(2);
  }

  @Test
  void refusesKeysThatAreNotGroupedBy() {
    List<GraphQLError> errors =
        errors("{ albumsAggregate(groupBy: [artistId]) { keys { title } } }");

    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(errors.get(0).getMessage()).contains("keys.title is selected but not grouped by");
    List<GraphQLError> ordered =
        errors("{ albumsAggregate(orderBy: [{keys: {title: ASC}}]) { count } }");
    assertThat(ordered.get(0).getMessage()).contains("not grouped by");
    assertThat(statements).isEmpty();
  }

  @Test
  void refusesALimitAboveTheMaximum() {
    List<GraphQLError> errors = errors("{ albumsAggregate(limit: 100000) { count } }");

    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(errors.get(0).getMessage()).contains("limit must be between 0 and");
  }

  @Test
  void pagesOfGroupsFollowLimitAndOffset() {
    Map<String, Object> data =
        data("{ tracksAggregate(groupBy: [albumId], limit: 4, offset: 3) { keys { albumId } } }");

    List<Record> expected =
        rows(
            "select album_id from track group by album_id order by album_id limit 4 offset 3",
            "select AlbumId from Track group by AlbumId order by AlbumId limit 4 offset 3");
    assertThat(list(data, "tracksAggregate"))
        .extracting(g -> integer(map(g, "keys").get("albumId")))
        .isEqualTo(expected.stream().map(r -> integer(r.get(0))).toList());
  }
}
