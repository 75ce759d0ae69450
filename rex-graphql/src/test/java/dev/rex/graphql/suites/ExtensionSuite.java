package dev.rex.graphql.suites;

import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.graphql.GraphQLTest;
import dev.rex.graphql.RexGraphQL;
import dev.rex.graphql.SchemaExtensions;
import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fields and types an application adds beside the generated schema. A dialect's test adds {@code
 * Album.titleLength}, resolved from its generated {@code AlbumRecord}; this suite adds root fields
 * and a type of its own.
 */
public abstract class ExtensionSuite extends GraphQLTest {

  /** {@code Album.titleLength: Int!}, from the dialect's generated {@code AlbumRecord}. */
  protected abstract SchemaExtensions withTitleLength(SchemaExtensions extensions);

  /**
   * {@code Album.artistName: String}, loaded through the {@code artistNames} data loader with the
   * album's {@code artistId}.
   */
  protected abstract SchemaExtensions withArtistName(SchemaExtensions extensions);

  /** The artists' names by id, in one statement. */
  protected Map<Integer, String> artistNames(java.util.Set<Integer> ids) {
    Map<Integer, String> names = new java.util.HashMap<>();
    String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    for (dev.rex.dsl.Record row :
        db.fetch("select * from artist where " + idColumn() + " in (" + in + ")")) {
      names.put(((Number) row.get(0)).intValue(), (String) row.get(1));
    }
    return names;
  }

  private String idColumn() {
    return dialect().equals("postgres") ? "artist_id" : "ArtistId";
  }

  @Override
  protected RexGraphQL.Builder configure(RexGraphQL.Builder builder) {
    GraphQLObjectType stats =
        GraphQLObjectType.newObject()
            .name("Stats")
            .field(
                newFieldDefinition()
                    .name("albums")
                    .type(GraphQLNonNull.nonNull(Scalars.GraphQLInt)))
            .build();
    SchemaExtensions extensions =
        withArtistName(withTitleLength(SchemaExtensions.none()))
            .type(stats)
            .queryField(
                newFieldDefinition()
                    .name("greeting")
                    .argument(
                        GraphQLArgument.newArgument()
                            .name("name")
                            .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)))
                    .type(Scalars.GraphQLString)
                    .build(),
                env -> "Hello, " + env.getArgument("name"))
            .queryField(
                newFieldDefinition()
                    .name("stats")
                    .type(GraphQLTypeReference.typeRef("Stats"))
                    .build(),
                env -> Map.of("albums", db.fetch("select count(*) from album").get(0).get(0)))
            .mutationField(
                newFieldDefinition().name("ping").type(Scalars.GraphQLString).build(),
                env -> "pong");
    return builder
        .extensions(extensions)
        .dataLoaders(
            principal ->
                org.dataloader.DataLoaderRegistry.newRegistry()
                    .register(
                        "artistNames",
                        org.dataloader.DataLoaderFactory.newMappedDataLoader(
                            (java.util.Set<Integer> ids) ->
                                java.util.concurrent.CompletableFuture.completedFuture(
                                    artistNames(ids))))
                    .build());
  }

  @Test
  void aFieldAddedToAGeneratedTypeReadsTheRowsRecordInTheSameStatement() {
    Map<String, Object> data =
        data(
            """
            { artist(artistId: 1) {
                albums(orderBy: [{albumId: ASC}]) { title titleLength } } }
            """);

    assertThat(data.get("artist").toString())
        .isEqualTo(
            "{albums=[{title=For Those About To Rock We Salute You, titleLength=37},"
                + " {title=Let There Be Rock, titleLength=17}]}");
    assertThat(statements).hasSize(1);
  }

  @Test
  void anAddedFieldBatchesItsLoadsWithADataLoader() {
    Map<String, Object> data =
        data("{ albums(orderBy: [{albumId: ASC}], limit: 5) { albumId artistName } }");

    assertThat(data.get("albums").toString())
        .isEqualTo(
            "[{albumId=1, artistName=AC/DC}, {albumId=2, artistName=Accept},"
                + " {albumId=3, artistName=Accept}, {albumId=4, artistName=AC/DC},"
                + " {albumId=5, artistName=Aerosmith}]");
    assertThat(statements).hasSize(2); // the albums, then one batched load of their artists
  }

  @Test
  void aDataLoaderStillDispatchesBesideRowsDecodedWhole() {
    // tracks' rows are complete when decoded; albums' wait for the DataLoader, whose dispatch must
    // not wait for fields of the complete rows that graphql-java never visits
    Map<String, Object> data =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20),
            () ->
                data(
                    "{ tracks(orderBy: [{trackId: ASC}], limit: 2) { trackId album { title } }"
                        + " albums(orderBy: [{albumId: ASC}], limit: 2) { albumId artistName } }"));

    assertThat(data.get("tracks").toString())
        .isEqualTo(
            "[{trackId=1, album={title=For Those About To Rock We Salute You}},"
                + " {trackId=2, album={title=Balls to the Wall}}]");
    assertThat(data.get("albums").toString())
        .isEqualTo("[{albumId=1, artistName=AC/DC}, {albumId=2, artistName=Accept}]");
  }

  @Test
  void addedRootFieldsAndTypesSitBesideTheGeneratedOnes() {
    Map<String, Object> data =
        data("{ greeting(name: \"Rex\") stats { albums } album(albumId: 4) { titleLength } }");

    assertThat(data.get("greeting")).isEqualTo("Hello, Rex");
    assertThat(data.get("stats").toString()).startsWith("{albums=");
    assertThat(data.get("album").toString()).isEqualTo("{titleLength=17}");
    assertThat(data("mutation { ping }").get("ping")).isEqualTo("pong");
  }

  @Test
  void theSdlShowsTheAddedFields() {
    assertThat(graphql.sdl()).contains("titleLength: Int!").contains("greeting(name: String!)");
  }
}
