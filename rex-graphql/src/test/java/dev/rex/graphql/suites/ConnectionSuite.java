package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Record;
import dev.rex.graphql.GraphQLTest;
import graphql.GraphQLError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Relay connections on Chinook: paging forward and backward with cursors, totals, page info, sort
 * keys with duplicates and nulls, connections nested below rows, and refused arguments. Expected
 * rows come from plain SQL on the same database; every root field must be one statement.
 */
public abstract class ConnectionSuite extends GraphQLTest {

  private String sql(String postgres, String sqlite) {
    return dialect().equals("postgres") ? postgres : sqlite;
  }

  private List<Long> ids(String sql) {
    List<Long> values = new ArrayList<>();
    for (Record row : db.fetch(sql)) {
      values.add(((Number) row.get(0)).longValue());
    }
    return values;
  }

  private long number(String sql) {
    return ids(sql).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> data, String key) {
    return (Map<String, Object>) data.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> data, String key) {
    return (List<Map<String, Object>>) data.get(key);
  }

  /** One page of {@code field}: its edges' ids (read from {@code idField}) and its page info. */
  private record Page(List<Long> ids, Map<String, Object> pageInfo, int totalCount) {}

  private Page page(String field, String arguments, String idField) {
    statements.clear();
    Map<String, Object> data =
        data(
            "{ page: "
                + field
                + "("
                + arguments
                + ") { totalCount edges { cursor node { "
                + idField
                + " } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
    assertThat(statements).as("statements of one page").hasSize(1);
    Map<String, Object> connection = map(data, "page");
    List<Long> ids = new ArrayList<>();
    List<Map<String, Object>> edges = list(connection, "edges");
    for (Map<String, Object> edge : edges) {
      ids.add(((Number) map(edge, "node").get(idField)).longValue());
    }
    Map<String, Object> info = map(connection, "pageInfo");
    if (!edges.isEmpty()) {
      assertThat(info.get("startCursor")).isEqualTo(edges.get(0).get("cursor"));
      assertThat(info.get("endCursor")).isEqualTo(edges.get(edges.size() - 1).get("cursor"));
    }
    return new Page(ids, info, ((Number) connection.get("totalCount")).intValue());
  }

  /** Every id of {@code field} in order, read forward {@code size} at a time. */
  private List<Long> forward(String field, String order, int size, String idField) {
    List<Long> all = new ArrayList<>();
    String after = null;
    for (int pages = 0; ; pages++) {
      Page page =
          page(
              field,
              order + " first: " + size + (after == null ? "" : ", after: \"" + after + "\""),
              idField);
      all.addAll(page.ids());
      assertThat(page.pageInfo().get("hasPreviousPage")).isEqualTo(after != null);
      if (!(Boolean) page.pageInfo().get("hasNextPage")) {
        return all;
      }
      assertThat(page.ids()).hasSize(size);
      after = (String) page.pageInfo().get("endCursor");
      assertThat(pages).as("pages").isLessThan(1000);
    }
  }

  /** Every id of {@code field} in order, read backward {@code size} at a time from the end. */
  private List<Long> backward(String field, String order, int size, String idField) {
    List<Long> all = new ArrayList<>();
    String before = null;
    for (int pages = 0; ; pages++) {
      Page page =
          page(
              field,
              order + " last: " + size + (before == null ? "" : ", before: \"" + before + "\""),
              idField);
      List<Long> ids = new ArrayList<>(page.ids());
      Collections.reverse(ids);
      all.addAll(ids);
      assertThat(page.pageInfo().get("hasNextPage")).isEqualTo(before != null);
      if (!(Boolean) page.pageInfo().get("hasPreviousPage")) {
        Collections.reverse(all);
        return all;
      }
      assertThat(page.ids()).hasSize(size);
      before = (String) page.pageInfo().get("startCursor");
      assertThat(pages).as("pages").isLessThan(1000);
    }
  }

  @Test
  void pagingForwardAndBackwardGivesEveryAlbumOnceInOrderDespiteDuplicateSortValues() {
    // Many albums share an artist: the primary key breaks the ties, so no row is lost or repeated.
    List<Long> expected =
        ids(
            sql(
                "select album_id from album order by artist_id desc, album_id",
                "select AlbumId from Album order by ArtistId desc, AlbumId"));

    String order = "orderBy: [{artistId: DESC}],";
    assertThat(forward("albumsConnection", order, 23, "albumId")).isEqualTo(expected);
    assertThat(backward("albumsConnection", order, 23, "albumId")).isEqualTo(expected);
  }

  @Test
  void pagingThroughNullableSortKeysPlacesNullsAtOneEnd() {
    // Composer is null for many tracks; nulls sort last ascending and first descending.
    String where = "where: {trackId: {lte: 300}},";
    List<Long> ascending =
        ids(
            sql(
                "select track_id from track where track_id <= 300"
                    + " order by composer asc nulls last, track_id",
                "select TrackId from Track where TrackId <= 300"
                    + " order by Composer asc nulls last, TrackId"));
    List<Long> descending =
        ids(
            sql(
                "select track_id from track where track_id <= 300"
                    + " order by composer desc nulls first, track_id",
                "select TrackId from Track where TrackId <= 300"
                    + " order by Composer desc nulls first, TrackId"));
    List<Long> nullsFirst =
        ids(
            sql(
                "select track_id from track where track_id <= 300"
                    + " order by composer asc nulls first, track_id",
                "select TrackId from Track where TrackId <= 300"
                    + " order by Composer asc nulls first, TrackId"));

    assertThat(forward("tracksConnection", where + " orderBy: [{composer: ASC}],", 17, "trackId"))
        .isEqualTo(ascending);
    assertThat(backward("tracksConnection", where + " orderBy: [{composer: ASC}],", 17, "trackId"))
        .isEqualTo(ascending);
    assertThat(forward("tracksConnection", where + " orderBy: [{composer: DESC}],", 17, "trackId"))
        .isEqualTo(descending);
    assertThat(
            backward(
                "tracksConnection",
                where + " orderBy: [{composer: ASC_NULLS_FIRST}],",
                17,
                "trackId"))
        .isEqualTo(nullsFirst);
  }

  @Test
  void cursorsCarryTimestampsAndDecimalsExactly() {
    List<Long> byDate =
        ids(
            sql(
                "select invoice_id from invoice order by invoice_date desc, total, invoice_id",
                "select InvoiceId from Invoice order by InvoiceDate desc, Total, InvoiceId"));
    List<Long> byPrice =
        ids(
            sql(
                "select track_id from track where track_id <= 400"
                    + " order by unit_price desc, name, track_id",
                "select TrackId from Track where TrackId <= 400"
                    + " order by UnitPrice desc, Name, TrackId"));

    String dates = "orderBy: [{invoiceDate: DESC}, {total: ASC}],";
    assertThat(forward("invoicesConnection", dates, 31, "invoiceId")).isEqualTo(byDate);
    assertThat(backward("invoicesConnection", dates, 31, "invoiceId")).isEqualTo(byDate);
    String prices = "where: {trackId: {lte: 400}}, orderBy: [{unitPrice: DESC, name: ASC}],";
    assertThat(forward("tracksConnection", prices, 29, "trackId")).isEqualTo(byPrice);
  }

  @Test
  void pagesBySortKeysOfARelatedRow() {
    List<Long> expected =
        ids(
            sql(
                "select b.album_id from album b join artist a on a.artist_id = b.artist_id"
                    + " order by a.name desc nulls first, b.title, b.album_id",
                "select b.AlbumId from Album b join Artist a on a.ArtistId = b.ArtistId"
                    + " order by a.Name desc nulls first, b.Title, b.AlbumId"));

    String order = "orderBy: [{artist: {name: DESC}}, {title: ASC}],";
    assertThat(forward("albumsConnection", order, 40, "albumId")).isEqualTo(expected);
  }

  @Test
  void totalCountCountsEveryMatchingRowOnEveryPage() {
    long expected =
        number(
            sql(
                "select count(*) from track where genre_id = 1",
                "select count(*) from Track where GenreId = 1"));

    Page first = page("tracksConnection", "where: {genreId: {eq: 1}}, first: 5", "trackId");
    Page next =
        page(
            "tracksConnection",
            "where: {genreId: {eq: 1}}, first: 5, after: \""
                + first.pageInfo().get("endCursor")
                + "\"",
            "trackId");

    assertThat(first.totalCount()).isEqualTo(expected);
    assertThat(next.totalCount()).isEqualTo(expected);
    assertThat(first.ids()).hasSize(5).doesNotContainAnyElementsOf(next.ids());
  }

  @Test
  void pageInfoTellsWhereThePageLiesAtBothEnds() {
    long albums = number(sql("select count(*) from album", "select count(*) from Album"));

    Page all = page("albumsConnection", "first: " + albums, "albumId");
    assertThat(all.pageInfo())
        .containsEntry("hasNextPage", false)
        .containsEntry("hasPreviousPage", false);
    Page head = page("albumsConnection", "first: 3", "albumId");
    assertThat(head.pageInfo())
        .containsEntry("hasNextPage", true)
        .containsEntry("hasPreviousPage", false);
    Page tail = page("albumsConnection", "last: 3", "albumId");
    assertThat(tail.pageInfo())
        .containsEntry("hasNextPage", false)
        .containsEntry("hasPreviousPage", true);
    assertThat(tail.ids())
        .isEqualTo(
            ids(
                sql(
                    "select album_id from (select album_id from album order by album_id desc"
                        + " limit 3) x order by album_id",
                    "select AlbumId from (select AlbumId from Album order by AlbumId desc"
                        + " limit 3) x order by AlbumId")));
    Page empty = page("albumsConnection", "where: {albumId: {lt: 0}}, first: 3", "albumId");
    assertThat(empty.ids()).isEmpty();
    assertThat(empty.totalCount()).isZero();
    assertThat(empty.pageInfo())
        .containsEntry("hasNextPage", false)
        .containsEntry("startCursor", null)
        .containsEntry("endCursor", null);
    Page between =
        page(
            "albumsConnection",
            "after: \""
                + head.pageInfo().get("startCursor")
                + "\", before: \""
                + tail.pageInfo().get("endCursor")
                + "\", first: 2",
            "albumId");
    assertThat(between.ids()).containsExactly(head.ids().get(1), head.ids().get(2));
  }

  @Test
  void nestedConnectionsAndNodesAreReadInTheParentsStatement() {
    Map<String, Object> data =
        data(
            """
            { artists(where: {artistId: {in: [1, 22, 90]}}, orderBy: [{artistId: ASC}]) {
                artistId
                albumsConnection(first: 2, orderBy: [{title: ASC}]) {
                  totalCount
                  pageInfo { hasNextPage }
                  nodes {
                    title
                    tracksConnection(last: 1) { totalCount edges { node { trackId } } }
                  }
                }
              } }
            """);

    assertThat(statements).hasSize(1);
    for (Map<String, Object> artist : list(data, "artists")) {
      long id = ((Number) artist.get("artistId")).longValue();
      Map<String, Object> albums = map(artist, "albumsConnection");
      long count =
          number(
              sql(
                  "select count(*) from album where artist_id = " + id,
                  "select count(*) from Album where ArtistId = " + id));
      assertThat(((Number) albums.get("totalCount")).longValue()).isEqualTo(count);
      assertThat(map(albums, "pageInfo")).containsEntry("hasNextPage", count > 2);
      List<Map<String, Object>> nodes = list(albums, "nodes");
      assertThat(nodes).hasSize((int) Math.min(2, count));
      for (Map<String, Object> album : nodes) {
        Map<String, Object> tracks = map(album, "tracksConnection");
        String title = ((String) album.get("title")).replace("'", "''");
        long lastTrack =
            number(
                sql(
                    "select max(t.track_id) from track t join album a on a.album_id = t.album_id"
                        + " where a.title = '"
                        + title
                        + "'",
                    "select max(t.TrackId) from Track t join Album a on a.AlbumId = t.AlbumId"
                        + " where a.Title = '"
                        + title
                        + "'"));
        Map<String, Object> edge = list(tracks, "edges").get(0);
        assertThat(((Number) map(edge, "node").get("trackId")).longValue()).isEqualTo(lastTrack);
      }
    }
  }

  @Test
  void manyToManyRelationsHaveConnectionsToo() {
    Map<String, Object> data =
        data(
            "{ track(trackId: 1) { playlistsConnection(first: 100) {"
                + " totalCount nodes { playlistId } } } }");

    List<Long> expected =
        ids(
            sql(
                "select playlist_id from playlist_track where track_id = 1 order by 1",
                "select PlaylistId from PlaylistTrack where TrackId = 1 order by 1"));
    Map<String, Object> connection = map(map(data, "track"), "playlistsConnection");
    assertThat(list(connection, "nodes"))
        .extracting(n -> ((Number) n.get("playlistId")).longValue())
        .isEqualTo(expected);
    assertThat(connection.get("totalCount")).isEqualTo(expected.size());
  }

  @Test
  void aliasedEdgesAndNodesAreEachFilled() {
    Map<String, Object> data =
        data(
            "{ albumsConnection(first: 2) { a: edges { n: node { title } c: cursor }"
                + " b: edges { node { albumId } } nodes { __typename title } __typename } }");

    Map<String, Object> connection = map(data, "albumsConnection");
    assertThat(list(connection, "a")).hasSize(2);
    assertThat(map(list(connection, "a").get(0), "n").get("title"))
        .isEqualTo("For Those About To Rock We Salute You");
    assertThat(map(list(connection, "b").get(1), "node").get("albumId")).isEqualTo(2);
    assertThat(list(connection, "nodes").get(1)).containsEntry("__typename", "Album");
    assertThat(connection.get("__typename")).isEqualTo("AlbumConnection");
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0)).as("no totalCount, no count").doesNotContain("count(");
  }

  @Test
  void withoutFirstOrLastAConnectionReadsEveryRowUpToTheMaximum() {
    Map<String, Object> data =
        data("{ genresConnection { nodes { genreId } pageInfo { hasNextPage } } }");

    assertThat(list(map(data, "genresConnection"), "nodes"))
        .extracting(n -> ((Number) n.get("genreId")).longValue())
        .isEqualTo(
            ids(
                sql(
                    "select genre_id from genre order by 1",
                    "select GenreId from Genre order by 1")));
    assertThat(map(map(data, "genresConnection"), "pageInfo")).containsEntry("hasNextPage", false);
  }

  @Test
  void aConnectionWithOnlyItsTotalCountReadsNoPage() {
    Map<String, Object> data = data("{ genresConnection { totalCount } }");

    assertThat(statements).hasSize(1);
    assertThat(statements.get(0)).doesNotContainIgnoringCase("limit");
    assertThat(((Number) map(data, "genresConnection").get("totalCount")).longValue())
        .isEqualTo(number(sql("select count(*) from genre", "select count(*) from Genre")));
  }

  @Test
  void refusesCursorsThatAreNotCursorsOfThisOrder() {
    Page head = page("albumsConnection", "first: 1", "albumId");
    String cursor = (String) head.pageInfo().get("endCursor");

    assertBadInput(
        "{ albumsConnection(first: 1, after: \"nonsense!\") { totalCount } }", "after cursor");
    assertBadInput(
        "{ albumsConnection(first: 1, before: \"AQ\") { totalCount } }", "before cursor");
    assertBadInput(
        "{ albumsConnection(first: 1, orderBy: [{title: ASC}], after: \""
            + cursor
            + "\") { totalCount } }",
        "another sort order");
  }

  @Test
  void refusesPagesLargerThanTheMaximumOrFromBothEnds() {
    assertBadInput("{ albumsConnection(first: 100000) { totalCount } }", "first must be between");
    assertBadInput("{ albumsConnection(last: -1) { totalCount } }", "last must be between");
    assertBadInput("{ albumsConnection(first: 1, last: 1) { totalCount } }", "not both");
  }

  private void assertBadInput(String query, @Nullable String message) {
    statements.clear();
    List<GraphQLError> errors = errors(query);
    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(errors.get(0).getMessage()).contains(message);
    assertThat(statements).isEmpty();
  }
}
