package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nested writes through the generated {@code Mutation}: creating parents and children with a row,
 * patching a row's children, validation of every planned row before anything is written, and
 * rollback of everything a field wrote when any part of it fails.
 */
public abstract class NestedMutationSuite extends FreshChinookTest {

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
  void aSelfReferenceCreatesTheManagerAndTheReportsWithTheRow() {
    Map<String, Object> employee =
        map(
            data("""
                    mutation { createEmployee(input: {firstName: "Mid", lastName: "Level",
                        employeeByReportsTo: {create: {firstName: "Big", lastName: "Boss"}},
                        employeesByReportsTo: [{firstName: "New", lastName: "Hire"}]}) {
                      lastName
                      employeeByReportsTo { lastName }
                      employeesByReportsTo { lastName employeeByReportsTo { lastName } } } }
                    """)
                .get("createEmployee"));

    assertThat(employee.toString())
        .isEqualTo(
            "{lastName=Level, employeeByReportsTo={lastName=Boss},"
                + " employeesByReportsTo=[{lastName=Hire, employeeByReportsTo={lastName=Level}}]}");
  }
}
