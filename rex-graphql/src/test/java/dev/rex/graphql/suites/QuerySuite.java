package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Record;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.GraphQLTest;
import dev.rex.graphql.RexGraphQL;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads through the generated GraphQL API on Chinook: root lists and lookups by key, relations in
 * both directions and through join tables, filters, sort keys and pages. Expected rows come from
 * plain SQL on the same database, so the suite checks Rex's GraphQL against the database itself.
 */
public abstract class QuerySuite extends GraphQLTest {

  /** {@code sql} with this dialect's names: Chinook's SQLite script spells them in PascalCase. */
  private String sql(String postgres, String sqlite) {
    return dialect().equals("postgres") ? postgres : sqlite;
  }

  private List<Object> column(String sql) {
    List<Object> values = new ArrayList<>();
    for (Record row : db.fetch(sql)) {
      values.add(row.get(0));
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> data, String key) {
    return (List<Map<String, Object>>) data.get(key);
  }

  @Test
  void listsRowsInTheOrderAskedWithLimitAndOffset() {
    Map<String, Object> data =
        data("{ albums(orderBy: [{title: DESC}], limit: 3, offset: 2) { albumId title } }");
    assertThat(statements).hasSize(1);

    List<Object> expected =
        column(
            sql(
                "select title from album order by title desc limit 3 offset 2",
                "select Title from Album order by Title desc limit 3 offset 2"));
    assertThat(list(data, "albums")).extracting(row -> row.get("title")).isEqualTo(expected);
  }

  @Test
  void findsOneRowByPrimaryKeyAndNullWhenThereIsNone() {
    Map<String, Object> data =
        data(
            "{ found: album(albumId: 1) { title artist { name } } missing: album(albumId: -1) { title } }");

    assertThat(data.get("found").toString())
        .isEqualTo("{title=For Those About To Rock We Salute You, artist={name=AC/DC}}");
    assertThat(data.get("missing")).isNull();
  }

  @Test
  void aFourLevelQueryWithToOneToManyAndManyToManyIsOneStatement() {
    Map<String, Object> data =
        data(
            """
            { artists(where: {artistId: {eq: 1}}) {
                name
                albums(orderBy: [{albumId: ASC}]) {
                  title
                  tracks(orderBy: [{trackId: ASC}], limit: 2) {
                    name
                    unitPrice
                    genre { name }
                    playlists(orderBy: [{playlistId: ASC}]) { playlistId name }
                  }
                }
              } }
            """);

    assertThat(statements).hasSize(1);
    Map<String, Object> acdc = list(data, "artists").get(0);
    assertThat(acdc.get("name")).isEqualTo("AC/DC");
    List<Map<String, Object>> albums = list(acdc, "albums");
    assertThat(albums)
        .extracting(a -> a.get("title"))
        .containsExactly("For Those About To Rock We Salute You", "Let There Be Rock");
    Map<String, Object> firstTrack = list(albums.get(0), "tracks").get(0);
    assertThat(firstTrack.get("name")).isEqualTo("For Those About To Rock (We Salute You)");
    assertThat(firstTrack.get("genre").toString()).isEqualTo("{name=Rock}");
    List<Object> playlists =
        column(
            sql(
                "select playlist_id from playlist_track where track_id = 1 order by 1",
                "select PlaylistId from PlaylistTrack where TrackId = 1 order by 1"));
    assertThat(list(firstTrack, "playlists"))
        .extracting(p -> ((Number) p.get("playlistId")).longValue())
        .isEqualTo(playlists.stream().map(p -> ((Number) p).longValue()).toList());
  }

  @Test
  void decimalsAreExactAndTimestampsAreIso() {
    Map<String, Object> data =
        data("{ track(trackId: 1) { unitPrice } invoice(invoiceId: 1) { invoiceDate total } }");

    assertThat(data.get("track").toString()).isEqualTo("{unitPrice=0.99}");
    assertThat(data.get("invoice").toString())
        .isEqualTo("{invoiceDate=2021-01-01T00:00, total=1.98}");
  }

  @Test
  void filtersCompareColumnsWithEveryOperator() {
    assertThat(count("tracks", "{trackId: {lt: 11}}")).isEqualTo(10);
    assertThat(count("tracks", "{trackId: {lte: 10, gt: 5}}")).isEqualTo(5);
    assertThat(count("tracks", "{trackId: {gte: 3500}}"))
        .isEqualTo(countSql("track where track_id >= 3500", "Track where TrackId >= 3500"));
    assertThat(count("tracks", "{trackId: {in: [1, 2, 3, 99999]}}")).isEqualTo(3);
    assertThat(count("tracks", "{trackId: {in: []}}")).isZero();
    assertThat(count("genres", "{genreId: {nin: [1, 2]}}"))
        .isEqualTo(
            countSql("genre where genre_id not in (1, 2)", "Genre where GenreId not in (1, 2)"));
    assertThat(count("tracks", "{composer: {isNull: true}}"))
        .isEqualTo(countSql("track where composer is null", "Track where Composer is null"));
    assertThat(count("tracks", "{composer: {eq: null}}"))
        .isEqualTo(countSql("track where composer is null", "Track where Composer is null"));
    assertThat(count("artists", "{name: {like: \"A%\"}}"))
        .isEqualTo(countSql("artist where name like 'A%'", "Artist where Name like 'A%'"));
    assertThat(count("artists", "{name: {ilike: \"a%\"}}"))
        .isEqualTo(
            countSql("artist where lower(name) like 'a%'", "Artist where lower(Name) like 'a%'"));
    assertThat(count("genres", "{name: {neq: \"Rock\"}}"))
        .isEqualTo(countSql("genre where name <> 'Rock'", "Genre where Name <> 'Rock'"));
  }

  @Test
  void filtersCombineWithAndOrNot() {
    assertThat(count("tracks", "{or: [{trackId: {eq: 1}}, {trackId: {eq: 2}}]}")).isEqualTo(2);
    assertThat(count("tracks", "{and: [{trackId: {lt: 5}}, {trackId: {gt: 2}}]}")).isEqualTo(2);
    assertThat(count("genres", "{not: {genreId: {gt: 2}}}")).isEqualTo(2);
    assertThat(count("genres", "{or: []}")).isZero();
  }

  @Test
  void filtersFollowRelationsBothWays() {
    assertThat(count("albums", "{artist: {name: {eq: \"AC/DC\"}}}")).isEqualTo(2);
    assertThat(count("artists", "{albums: {some: {title: {like: \"Let There%\"}}}}")).isEqualTo(1);
    int withoutAlbums =
        countSql(
            "artist a where not exists (select 1 from album b where b.artist_id = a.artist_id)",
            "Artist a where not exists (select 1 from Album b where b.ArtistId = a.ArtistId)");
    assertThat(count("artists", "{albums: {none: {}}}")).isEqualTo(withoutAlbums);
    int everyTrackCheap =
        countSql(
            "album a where not exists (select 1 from track t where t.album_id = a.album_id"
                + " and not t.unit_price < 1)",
            "Album a where not exists (select 1 from Track t where t.AlbumId = a.AlbumId"
                + " and not t.UnitPrice < 1)");
    assertThat(count("albums", "{tracks: {every: {unitPrice: {lt: \"1\"}}}}"))
        .isEqualTo(everyTrackCheap);
    assertThat(count("playlists", "{tracks: {some: {trackId: {eq: 1}}}}"))
        .isEqualTo(
            countSql("playlist_track where track_id = 1", "PlaylistTrack where TrackId = 1"));
  }

  @Test
  void sortsByAColumnOfAToOneRelation() {
    Map<String, Object> data =
        data("{ albums(orderBy: [{artist: {name: DESC}}, {albumId: ASC}], limit: 5) { albumId } }");

    List<Object> expected =
        column(
            sql(
                "select b.album_id from album b join artist a on a.artist_id = b.artist_id"
                    + " order by a.name desc, b.album_id limit 5",
                "select b.AlbumId from Album b join Artist a on a.ArtistId = b.ArtistId"
                    + " order by a.Name desc, b.AlbumId limit 5"));
    assertThat(list(data, "albums"))
        .extracting(row -> ((Number) row.get("albumId")).longValue())
        .isEqualTo(expected.stream().map(v -> ((Number) v).longValue()).toList());
  }

  @Test
  void aliasesReadOneRelationTwiceWithDifferentArguments() {
    Map<String, Object> data =
        data(
            """
            { artist(artistId: 1) {
                first: albums(orderBy: [{albumId: ASC}], limit: 1) { title }
                last: albums(orderBy: [{albumId: DESC}], limit: 1) { title }
              } }
            """);

    assertThat(data.get("artist").toString())
        .isEqualTo(
            "{first=[{title=For Those About To Rock We Salute You}],"
                + " last=[{title=Let There Be Rock}]}");
    assertThat(statements).hasSize(1);
  }

  @Test
  void variablesAndFragmentsWork() {
    Map<String, Object> data =
        data(
            """
            query Album($id: Int!) { album(albumId: $id) { ...names } }
            fragment names on Album { title artist { name } __typename }
            """,
            Map.of("id", 4));

    assertThat(data.get("album").toString())
        .isEqualTo("{title=Let There Be Rock, artist={name=AC/DC}, __typename=Album}");
  }

  @Test
  void refusesANegativeOrTooLargeLimitWithATypedError() {
    List<GraphQLError> errors = errors("{ albums(limit: -1) { title } }");

    assertThat(errors.get(0).getMessage()).contains("limit must be between 0 and");
    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(statements).isEmpty();
  }

  @Test
  void aNestedListLongerThanTheMostRowsIsRefusedRatherThanCut() {
    RexGraphQL fiveRows = RexGraphQL.builder(db, ChinookCatalogs.of(dialect())).maxRows(5).build();
    // Album 1 has 10 tracks; the nested list has no LIMIT in SQL, decoding counts its rows.
    ExecutionResult refused =
        fiveRows.execute(
            GraphQLRequest.of("{ albums(where: {albumId: {eq: 1}}) { tracks { name } } }"));
    ExecutionResult page =
        fiveRows.execute(
            GraphQLRequest.of(
                "{ albums(where: {albumId: {eq: 1}}) {"
                    + " tracks(orderBy: [{trackId: ASC}], limit: 5) { name } } }"));

    assertThat(refused.getErrors()).hasSize(1);
    assertThat(refused.getErrors().get(0).getExtensions()).containsEntry("code", "TOO_MANY_ROWS");
    assertThat(page.getErrors()).isEmpty();
    assertThat(page.<Map<String, Object>>getData().toString())
        .contains("Snowballed")
        .doesNotContain("Evil Walks");
  }

  @Test
  void aliasedAndPlainSelectionsReadTheirOwnValuesAtEveryLevel() {
    Map<String, Object> data =
        data(
            """
            { albums(where: {albumId: {eq: 1}}) {
                title name: title artist { name } performer: artist { n: name artistId } } }
            """);

    assertThat(data.toString())
        .isEqualTo(
            "{albums=[{title=For Those About To Rock We Salute You,"
                + " name=For Those About To Rock We Salute You, artist={name=AC/DC},"
                + " performer={n=AC/DC, artistId=1}}]}");
  }

  private int count(String field, String where) {
    Map<String, Object> data = data("{ " + field + "(where: " + where + ") { __typename } }");
    return list(data, field).size();
  }

  private int countSql(String postgresFrom, String sqliteFrom) {
    return ((Number) column("select count(*) from " + sql(postgresFrom, sqliteFrom)).get(0))
        .intValue();
  }
}
