package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.graphql.GraphQLRequest;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every root field of the generated {@code Mutation} on Chinook: create, update and delete by key
 * and by filter, upsert, composite keys, the codes of database constraint errors, the row limit,
 * the order of root fields, and the result cache seeing GraphQL writes.
 */
public abstract class MutationSuite extends FreshChinookTest {

  @Test
  void createsARowAndReturnsItsRelationsInOneMoreStatement() {
    Map<String, Object> album =
        map(
            data("""
                    mutation { createAlbum(input: {title: "Powerage", artistId: 1}) {
                      albumId title artist { name } tracks { name } } }
                    """)
                .get("createAlbum"));

    assertThat(statements).hasSize(2); // the insert, then the result
    assertThat(album.get("title")).isEqualTo("Powerage");
    assertThat(album.get("artist").toString()).isEqualTo("{name=AC/DC}");
    assertThat(list(album.get("tracks"))).isEmpty();
    Map<String, Object> read =
        map(data("{ album(albumId: " + id(album, "albumId") + ") { title } }").get("album"));
    assertThat(read.get("title")).isEqualTo("Powerage");
  }

  @Test
  void createsManyRowsAndReturnsThemInTheOrderGiven() {
    List<Map<String, Object>> genres =
        list(
            data("""
                    mutation { createGenres(inputs: [{name: "Zydeco"}, {name: "Afrobeat"}]) {
                      genreId name } }
                    """)
                .get("createGenres"));

    assertThat(genres).extracting(g -> g.get("name")).containsExactly("Zydeco", "Afrobeat");
    assertThat(id(genres.get(1), "genreId")).isGreaterThan(id(genres.get(0), "genreId"));
    assertThat(statements).hasSize(3);
  }

  @Test
  void updatesByKeyWhereAGivenNullSetsNull() {
    int trackId =
        id(
            map(
                data("""
                        mutation { createTrack(input: {name: "Patched", composer: "Someone",
                          bytes: 10, milliseconds: 1, unitPrice: "1", mediaTypeId: 1}) { trackId } }
                        """)
                    .get("createTrack")),
            "trackId");
    statements.clear();

    Map<String, Object> track =
        map(
            data("mutation { updateTrack(trackId: %d, patch: {composer: null, name: \"Renamed\"})"
                        .formatted(trackId)
                    + " { name composer bytes } }")
                .get("updateTrack"));

    assertThat(track).containsEntry("name", "Renamed").containsEntry("composer", null);
    assertThat(((Number) track.get("bytes")).intValue()).isEqualTo(10);
    assertThat(statements).hasSize(3); // the row, the update, the result
  }

  @Test
  void updatingOrDeletingAMissingKeyReturnsNull() {
    Map<String, Object> data =
        data(
            """
            mutation { updateAlbum(albumId: -1, patch: {title: "x"}) { title }
                       deleteAlbum(albumId: -1) { title } }
            """);

    assertThat(data).containsEntry("updateAlbum", null).containsEntry("deleteAlbum", null);
  }

  @Test
  void updatesEveryRowThatMatchesAFilter() {
    data(
        "mutation { createPlaylists(inputs: [{name: \"Batch A\"}, {name: \"Batch B\"}]) { name } }");

    List<Map<String, Object>> playlists =
        list(
            data("""
                    mutation { updatePlaylists(where: {name: {like: "Batch %"}},
                      patch: {name: "Batched"}) { name } }
                    """)
                .get("updatePlaylists"));

    assertThat(playlists).extracting(p -> p.get("name")).containsExactly("Batched", "Batched");
    assertThat(count("playlists", "{name: {like: \"Batch %\"}}")).isZero();

    List<Map<String, Object>> tracks =
        list(
            data("""
                    mutation { updateTracks(where: {album: {title: {eq: "Let There Be Rock"}}},
                      patch: {composer: "AC/DC"}) { composer album { title } } }
                    """)
                .get("updateTracks"));
    assertThat(tracks)
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.get("composer")).isEqualTo("AC/DC"))
        .allSatisfy(t -> assertThat(t.get("album").toString()).contains("Let There Be Rock"));
    assertThat(tracks).hasSize(count("tracks", "{album: {title: {eq: \"Let There Be Rock\"}}}"));
  }

  @Test
  void deletesByKeyAndByFilterAndReturnsTheRowsAsTheyWere() {
    data(
        """
        mutation { createMediaTypes(inputs: [{name: "Tape 1"}, {name: "Tape 2"}, {name: "Tape 3"}])
          { name } }
        """);
    int first =
        id(
            list(data("{ mediaTypes(where: {name: {eq: \"Tape 1\"}}) { mediaTypeId } }")
                    .get("mediaTypes"))
                .get(0),
            "mediaTypeId");
    statements.clear();

    Map<String, Object> one =
        map(
            data("mutation { deleteMediaType(mediaTypeId: "
                    + first
                    + ") { name tracks { name } } }")
                .get("deleteMediaType"));
    assertThat(one.toString()).isEqualTo("{name=Tape 1, tracks=[]}");
    assertThat(statements).hasSize(2); // the result, then the delete

    List<Map<String, Object>> rest =
        list(
            data("mutation { deleteMediaTypes(where: {name: {like: \"Tape %\"}}) { name } }")
                .get("deleteMediaTypes"));
    assertThat(rest).extracting(m -> m.get("name")).containsExactlyInAnyOrder("Tape 2", "Tape 3");
    assertThat(count("mediaTypes", "{name: {like: \"Tape %\"}}")).isZero();
  }

  @Test
  void aDuplicateKeyIsAConflictAndADeletedParentAReference() {
    GraphQLError conflict =
        error("mutation { createGenre(input: {genreId: 1, name: \"Dup\"}) { name } }");
    assertThat(conflict.getExtensions()).containsEntry("code", "CONFLICT");

    GraphQLError reference = error("mutation { deleteArtist(artistId: 1) { name } }");
    assertThat(reference.getExtensions()).containsEntry("code", "REFERENCE");
    assertThat(data("{ artist(artistId: 1) { name } }").get("artist").toString())
        .isEqualTo("{name=AC/DC}");
    assertThat(count("genres", "{name: {eq: \"Dup\"}}")).isZero();
  }

  @Test
  void upsertInsertsThenUpdatesTheRowWithTheSameKey() {
    Map<String, Object> inserted =
        map(
            data("mutation { upsertGenre(input: {genreId: 4242, name: \"First\"}) { genreId name } }")
                .get("upsertGenre"));
    Map<String, Object> updated =
        map(
            data("""
                    mutation { upsertGenre(input: {genreId: 4242, name: "Second"},
                      onConflict: PRIMARY_KEY) { genreId name tracks { name } } }
                    """)
                .get("upsertGenre"));

    assertThat(inserted.toString()).isEqualTo("{genreId=4242, name=First}");
    assertThat(updated.toString()).isEqualTo("{genreId=4242, name=Second, tracks=[]}");
    assertThat(count("genres", "{genreId: {eq: 4242}}")).isEqualTo(1);
  }

  @Test
  void anUpsertWithoutItsKeyIsRefused() {
    GraphQLError error = error("mutation { upsertGenre(input: {name: \"Keyless\"}) { genreId } }");

    assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(error.getMessage()).contains("needs genreId");
  }

  @Test
  void rootFieldsOfAMutationRunInOrder() {
    Map<String, Object> data =
        data(
            """
            mutation {
              first: createPlaylist(input: {name: "Serial"}) { name }
              second: updatePlaylists(where: {name: {eq: "Serial"}}, patch: {name: "Serial 2"}) {
                name }
              third: deletePlaylists(where: {name: {eq: "Serial 2"}}) { name } }
            """);

    assertThat(data.toString())
        .isEqualTo("{first={name=Serial}, second=[{name=Serial 2}], third=[{name=Serial 2}]}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCachedQuerySeesAGraphQLWrite() {
    Table<Record> genre = (Table<Record>) table("genre");
    Field<String> name = (Field<String>) column(genre, "name");
    var query = db.selectFrom(genre).where(name.eq("Cached"));
    assertThat(db.cache().fetch(query)).isEmpty();
    long hits = db.cacheStats().hits();
    assertThat(db.cache().fetch(query)).isEmpty();
    assertThat(db.cacheStats().hits()).isEqualTo(hits + 1);

    data("mutation { createGenre(input: {name: \"Cached\"}) { genreId } }");

    assertThat(db.cache().fetch(query)).hasSize(1);
  }

  @Test
  void anEmptyListOfInputsWritesNothingAndARequiredColumnMustBeGiven() {
    ExecutionResult result =
        graphql.execute(
            GraphQLRequest.of(
                "mutation($inputs: [GenreInput!]!) { createGenres(inputs: $inputs) { name } }",
                Map.of("inputs", List.of())));
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData().get("createGenres")).isEqualTo(List.of());

    GraphQLError missing = error("mutation { createAlbum(input: {artistId: 1}) { title } }");
    assertThat(missing.getMessage()).contains("title");
  }

  @Test
  void writesOfMoreRowsThanAFieldMayReturnAreRefusedBeforeWriting() {
    int rows = count("playlistTracks", "{playlistId: {eq: 1}, trackId: {lt: 20}}");
    GraphQLError tooMany = error("mutation { deletePlaylistTracks(where: {}) { trackId } }");
    assertThat(tooMany.getExtensions()).containsEntry("code", "TOO_MANY_ROWS");
    GraphQLError tooManyUpdates =
        error("mutation { updateTracks(where: {}, patch: {composer: \"x\"}) { trackId } }");
    assertThat(tooManyUpdates.getExtensions()).containsEntry("code", "TOO_MANY_ROWS");
    assertThat(count("playlistTracks", "{playlistId: {eq: 1}, trackId: {lt: 20}}")).isEqualTo(rows);
    assertThat(count("tracks", "{composer: {eq: \"x\"}}")).isZero();

    StringBuilder inputs = new StringBuilder();
    for (int i = 0; i <= MAX_ROWS; i++) {
      inputs.append("{name: \"many ").append(i).append("\"} ");
    }
    GraphQLError tooManyInputs =
        error("mutation { createGenres(inputs: [" + inputs + "]) { name } }");
    assertThat(tooManyInputs.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(count("genres", "{name: {like: \"many %\"}}")).isZero();
  }

  @Test
  void aJoinTableRowIsWrittenAndFoundByItsCompositeKey() {
    int empty =
        id(
            map(
                data("mutation { createPlaylist(input: {name: \"Empty\"}) { playlistId } }")
                    .get("createPlaylist")),
            "playlistId");
    List<Map<String, Object>> rows =
        list(
            data("""
                    mutation { createPlaylistTracks(inputs: [
                        {playlist: {create: {name: "Mix"}}, track: {connect: {trackId: 3}}},
                        {playlistId: %d, trackId: 3}]) {
                      playlistId trackId playlist { name } track { name } } }
                    """
                    .formatted(empty))
                .get("createPlaylistTracks"));

    int mix = id(rows.get(0), "playlistId");
    assertThat(rows.get(0).get("playlist").toString()).isEqualTo("{name=Mix}");
    assertThat(rows.get(1).get("playlist").toString()).isEqualTo("{name=Empty}");
    assertThat(rows).extracting(r -> id(r, "trackId")).containsExactly(3, 3);
    assertThat(count("playlistTracks", "{playlistId: {eq: %d}}".formatted(mix))).isEqualTo(1);
  }

  @Test
  void compositeKeysWorkForUpsertAndDeletes() {
    int mix =
        id(
            map(
                data("""
                        mutation { createPlaylist(input: {name: "Keys", playlistTracks: [
                          {trackId: 5}, {trackId: 6}, {trackId: 7}]}) { playlistId } }
                        """)
                    .get("createPlaylist")),
            "playlistId");

    Map<String, Object> same =
        map(
            data("mutation { upsertPlaylistTrack(input: {playlistId: %d, trackId: 5}) {"
                        .formatted(mix)
                    + " trackId playlist { name } } }")
                .get("upsertPlaylistTrack"));
    assertThat(same.toString()).isEqualTo("{trackId=5, playlist={name=Keys}}");

    Map<String, Object> one =
        map(
            data("mutation { deletePlaylistTrack(playlistId: %d, trackId: 6) { trackId } }"
                    .formatted(mix))
                .get("deletePlaylistTrack"));
    assertThat(one.toString()).isEqualTo("{trackId=6}");

    List<Map<String, Object>> rest =
        list(
            data("mutation { deletePlaylistTracks(where: {playlistId: {eq: %d}}) { trackId } }"
                    .formatted(mix))
                .get("deletePlaylistTracks"));
    assertThat(rest).extracting(r -> id(r, "trackId")).containsExactlyInAnyOrder(5, 7);
    assertThat(count("playlistTracks", "{playlistId: {eq: %d}}".formatted(mix))).isZero();
  }
}
