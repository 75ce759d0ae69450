package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.RexSettings;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.GraphQLTest;
import dev.rex.graphql.RexGraphQL;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Writes through the generated {@code Mutation} root on a private, freshly migrated Chinook: every
 * root field, nested creates and updates in one transaction, rollback of everything when a part
 * fails, validation with every violation before anything is written, the codes of database
 * constraint errors, and the result cache seeing GraphQL writes. The state after each write is read
 * back through GraphQL queries and the generated tables.
 */
public abstract class MutationSuite extends GraphQLTest {

  private static final int MAX_ROWS = 50;

  @Override
  protected String chinookUrl() {
    return migrate(dialect());
  }

  @Override
  protected RexGraphQL.Builder configure(RexGraphQL.Builder builder) {
    return builder.maxRows(MAX_ROWS);
  }

  @Override
  protected RexSettings settings(RexSettings defaults) {
    return frozenAlbum(notBlank(defaults, table("artist")), table("track"));
  }

  /** An application rule that reads a foreign key: the tracks of album 1 are not written. */
  private static <R extends Record> RexSettings frozenAlbum(RexSettings settings, Table<R> track) {
    @SuppressWarnings("unchecked")
    Field<Integer> album = (Field<Integer>) column(track, "album_id");
    return settings.withValidator(
        track,
        (record, violations) -> {
          if (Integer.valueOf(1).equals(record.get(album))) {
            violations.add(album, "frozen album", "The tracks of album 1 are frozen.");
          }
        });
  }

  /** An application rule: an artist's name, when given, is not blank. */
  private static <R extends Record> RexSettings notBlank(RexSettings settings, Table<R> artist) {
    @SuppressWarnings("unchecked")
    Field<String> name = (Field<String>) column(artist, "name");
    return settings.withValidator(
        artist,
        (record, violations) -> {
          String value = record.get(name);
          if (value != null && value.isBlank()) {
            violations.add(name, "not blank", "An artist's name must not be blank.");
          }
        });
  }

  /** The generated table of this dialect whose name is {@code name} without underscores. */
  private Table<?> table(String name) {
    for (Table<?> table : ChinookCatalogs.of(dialect()).tables()) {
      if (table.getName().replace("_", "").equalsIgnoreCase(name.replace("_", ""))) {
        return table;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static Field<?> column(Table<?> table, String name) {
    for (Field<?> field : table.fields()) {
      if (field.getName().replace("_", "").equalsIgnoreCase(name.replace("_", ""))) {
        return field;
      }
    }
    throw new IllegalArgumentException(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(@Nullable Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static int id(Map<String, Object> row, String key) {
    return ((Number) row.get(key)).intValue();
  }

  /** The single error of {@code mutation}, with nothing in its data. */
  private GraphQLError error(String mutation) {
    List<GraphQLError> errors = errors(mutation);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private int count(String listField, String where) {
    return list(data("{ " + listField + "(where: " + where + ") { __typename } }").get(listField))
        .size();
  }

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
  void aNestedCreateWritesParentsAndChildrenInOneTransaction() {
    Map<String, Object> album =
        map(
            data("""
                    mutation { createAlbum(input: {
                        title: "Nested",
                        artist: {create: {name: "New Artist"}},
                        tracks: [
                          {name: "One", milliseconds: 1000, unitPrice: "0.99",
                           mediaType: {connect: {mediaTypeId: 1}}, genre: {create: {name: "Nu"}}},
                          {name: "Two", milliseconds: 2000, unitPrice: "1.29", mediaTypeId: 2}
                        ]}) {
                      title
                      artist { name albums { title } }
                      tracks(orderBy: [{name: ASC}]) {
                        name unitPrice album { title } mediaType { name } genre { name } }
                    } }
                    """)
                .get("createAlbum"));

    assertThat(album.get("artist").toString())
        .isEqualTo("{name=New Artist, albums=[{title=Nested}]}");
    List<Map<String, Object>> tracks = list(album.get("tracks"));
    assertThat(tracks).extracting(t -> t.get("name")).containsExactly("One", "Two");
    assertThat(tracks.get(0).get("unitPrice").toString()).isEqualTo("0.99");
    assertThat(tracks.get(0).get("album").toString()).isEqualTo("{title=Nested}");
    assertThat(tracks.get(0).get("mediaType").toString()).isEqualTo("{name=MPEG audio file}");
    assertThat(tracks.get(0).get("genre").toString()).isEqualTo("{name=Nu}");
    assertThat(tracks.get(1).get("genre")).isNull();
    // artist, album, genre, two tracks, then the result
    assertThat(statements).hasSize(6);
  }

  @Test
  void aFailingNestedRowRollsBackEveryRowWrittenBeforeIt() {
    GraphQLError error =
        error(
            """
            mutation { createArtist(input: {name: "Ghost", albums: [
                {title: "Ghost Album", tracks: [
                  {name: "fine", milliseconds: 1, unitPrice: "1", mediaTypeId: 1},
                  {name: "no such media type", milliseconds: 1, unitPrice: "1",
                   mediaType: {connect: {mediaTypeId: 99999}}}]}]}) { artistId } }
            """);

    assertThat(error.getExtensions()).containsEntry("code", "REFERENCE");
    assertThat(count("artists", "{name: {eq: \"Ghost\"}}")).isZero();
    assertThat(count("albums", "{title: {eq: \"Ghost Album\"}}")).isZero();
    assertThat(count("tracks", "{name: {eq: \"fine\"}}")).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void validationReportsEveryViolationOfEveryNestedRowAndWritesNothing() {
    String longTitle = "t".repeat(161);
    GraphQLError error =
        error(
            """
            mutation { createAlbum(input: {title: "%s", artistId: 1, tracks: [
                {name: "ok", milliseconds: 1, unitPrice: "123456789.5", mediaTypeId: 1},
                {name: "no media type", milliseconds: 1, unitPrice: "1"}]}) { albumId } }
            """
                .formatted(longTitle));

    assertThat(statements).isEmpty();
    assertThat(error.getExtensions()).containsEntry("code", "VALIDATION");
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>) error.getExtensions().get("violations");
    assertThat(violations)
        .extracting(v -> v.get("type") + "." + v.get("field") + " " + v.get("constraint"))
        .containsExactly(
            "Album.title length <= 160",
            "Track.unitPrice numeric(10, 2)",
            "Track.mediaTypeId not null");
    assertThat(violations.get(1).get("path")).isEqualTo(List.of("input", "tracks", 0, "unitPrice"));
    assertThat(violations.get(2).get("path"))
        .isEqualTo(List.of("input", "tracks", 1, "mediaTypeId"));
    assertThat(violations).allSatisfy(v -> assertThat((String) v.get("message")).isNotBlank());
    assertThat(count("albums", "{title: {eq: \"" + longTitle + "\"}}")).isZero();
    assertThat(count("tracks", "{name: {in: [\"ok\", \"no media type\"]}}")).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void registeredValidatorsRunOnGraphQLWrites() {
    GraphQLError error = error("mutation { createArtist(input: {name: \"  \"}) { artistId } }");

    assertThat(error.getExtensions()).containsEntry("code", "VALIDATION");
    assertThat((List<Map<String, Object>>) error.getExtensions().get("violations"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.get("field")).isEqualTo("name");
              assertThat(v.get("constraint")).isEqualTo("not blank");
              assertThat(v.get("message")).isEqualTo("An artist's name must not be blank.");
            });
    assertThat(statements).isEmpty();
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
  }

  @Test
  void aNestedUpdateDeletesUpdatesAndCreatesChildren() {
    Map<String, Object> created =
        map(
            data("""
                    mutation { createAlbum(input: {title: "Before", artistId: 2, tracks: [
                        {name: "gone", milliseconds: 1, unitPrice: "1", mediaTypeId: 1},
                        {name: "kept", milliseconds: 1, unitPrice: "1", mediaTypeId: 1}]}) {
                      albumId tracks(orderBy: [{name: ASC}]) { trackId name } } }
                    """)
                .get("createAlbum"));
    List<Map<String, Object>> tracks = list(created.get("tracks"));
    int gone = id(tracks.get(0), "trackId");
    int kept = id(tracks.get(1), "trackId");

    Map<String, Object> album =
        map(
            data("""
                    mutation { updateAlbum(albumId: %d, patch: {title: "After", tracks: {
                        delete: [{trackId: %d}],
                        update: [{key: {trackId: %d}, patch: {name: "renamed"}}],
                        create: [{name: "added", milliseconds: 1, unitPrice: "1", mediaTypeId: 1}]
                      }}) { title tracks(orderBy: [{name: ASC}]) { name } } }
                    """
                    .formatted(id(created, "albumId"), gone, kept))
                .get("updateAlbum"));

    assertThat(album.get("title")).isEqualTo("After");
    assertThat(list(album.get("tracks")))
        .extracting(t -> t.get("name"))
        .containsExactly("added", "renamed");
    assertThat(data("{ track(trackId: " + gone + ") { name } }").get("track")).isNull();
  }

  @Test
  void aNestedUpdateOfAnotherRowsChildFailsAndWritesNothing() {
    GraphQLError error =
        error(
            """
            mutation { updateAlbum(albumId: 2, patch: {title: "Hijacked", tracks: {
                update: [{key: {trackId: 1}, patch: {name: "stolen"}}]}}) { title } }
            """);

    assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
    assertThat(error.getMessage()).contains("patch.tracks.update[0]");
    assertThat(map(data("{ album(albumId: 2) { title } }").get("album")).get("title"))
        .isNotEqualTo("Hijacked");
    assertThat(map(data("{ track(trackId: 1) { name } }").get("track")).get("name"))
        .isNotEqualTo("stolen");
  }

  @Test
  void aNestedDeleteOfAnotherRowsChildRollsBackTheWholeField() {
    GraphQLError error =
        error(
            """
            mutation { updateAlbum(albumId: 2, patch: {title: "Renamed", tracks: {
                delete: [{trackId: 1}]}}) { title } }
            """);

    assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
    assertThat(map(data("{ album(albumId: 2) { title } }").get("album")).get("title"))
        .isNotEqualTo("Renamed");
    assertThat(data("{ track(trackId: 1) { name } }").get("track")).isNotNull();
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
  void contradictoryNestedInputIsRefusedWithATypedError() {
    GraphQLError both =
        error(
            """
            mutation { createAlbum(input: {title: "x",
              artist: {connect: {artistId: 1}, create: {name: "y"}}}) { title } }
            """);
    assertThat(both.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
    assertThat(both.getMessage()).contains("exactly one of connect and create");

    GraphQLError twice =
        error(
            "mutation { createAlbum(input: {title: \"x\", artistId: 1,"
                + " artist: {connect: {artistId: 1}}}) { title } }");
    assertThat(twice.getMessage()).contains("give artistId or artist, not both");

    GraphQLError backReference =
        error(
            """
            mutation { createAlbum(input: {title: "x", artistId: 1, tracks: [
              {name: "t", milliseconds: 1, unitPrice: "1", mediaTypeId: 1, albumId: 1}]}) {
              title } }
            """);
    assertThat(backReference.getMessage()).contains("input.tracks[0].albumId");
    assertThat(count("albums", "{title: {eq: \"x\"}}")).isZero();
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
  @SuppressWarnings("unchecked")
  void validatorsSeeTheForeignKeyOfAChildCreatedUnderAnExistingRow() {
    GraphQLError error =
        error(
            """
            mutation { updateAlbum(albumId: 1, patch: {tracks: {create: [
              {name: "bonus", milliseconds: 1, unitPrice: "1", mediaTypeId: 1}]}}) { title } }
            """);

    assertThat(error.getExtensions()).containsEntry("code", "VALIDATION");
    assertThat((List<Map<String, Object>>) error.getExtensions().get("violations"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.get("field")).isEqualTo("albumId");
              assertThat(v.get("constraint")).isEqualTo("frozen album");
              assertThat(v.get("path"))
                  .isEqualTo(List.of("patch", "tracks", "create", 0, "albumId"));
            });
    assertThat(statements).hasSize(1); // the album was read, nothing written
    assertThat(count("tracks", "{name: {eq: \"bonus\"}}")).isZero();
  }

  @Test
  void aFailureAfterTheFirstWriteRollsBackTheWrite() {
    Map<String, Object> created =
        map(
            data("""
                    mutation { createAlbum(input: {title: "Mine", artistId: 3, tracks: [
                        {name: "mine", milliseconds: 1, unitPrice: "1", mediaTypeId: 1}]}) {
                      albumId tracks { trackId } } }
                    """)
                .get("createAlbum"));
    int albumId = id(created, "albumId");
    int mine = id(list(created.get("tracks")).get(0), "trackId");

    GraphQLError error =
        error(
            """
            mutation { updateAlbum(albumId: %d, patch: {title: "Renamed", tracks: {
                delete: [{trackId: %d}, {trackId: 1}]}}) { title } }
            """
                .formatted(albumId, mine));

    assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
    assertThat(error.getMessage()).contains("patch.tracks.delete[1]");
    assertThat(data("{ track(trackId: " + mine + ") { name } }").get("track")).isNotNull();
    assertThat(map(data("{ album(albumId: " + albumId + ") { title } }").get("album")))
        .containsEntry("title", "Mine");
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
