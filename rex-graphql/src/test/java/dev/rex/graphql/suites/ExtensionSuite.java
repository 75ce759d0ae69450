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
        withTitleLength(SchemaExtensions.none())
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
    return builder.extensions(extensions);
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
