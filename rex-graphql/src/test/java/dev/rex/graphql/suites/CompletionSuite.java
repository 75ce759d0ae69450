package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.graphql.AccessRules;
import dev.rex.graphql.Catalog;
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
 * Rows Rex decodes whole (docs/graphql.md, "How a query runs") must read exactly as graphql-java's
 * own completion would write them: fields in the selection's order with fragments merged, aliases,
 * {@code __typename} at every level, directives, and — for a value graphql-java must handle itself,
 * a null in a non-null field — the same error and the same null bubbling up. The expected responses
 * are written out as JSON text, so the order of keys is checked too.
 */
public abstract class CompletionSuite extends GraphQLTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String json(ExecutionResult result) {
    try {
      return JSON.writeValueAsString(result.toSpecification());
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private String run(String query, Map<String, @Nullable Object> variables) {
    return json(graphql.execute(GraphQLRequest.of(query, variables)));
  }

  private static final String ALBUMS =
      """
      query Albums($withTitle: Boolean!, $skipName: Boolean!) {
        albums(orderBy: [{albumId: ASC}], limit: 2) {
          __typename
          ...AlbumBits
          id: albumId
          title @include(if: $withTitle)
          artist { name @skip(if: $skipName) kind: __typename artistId }
          tracks(orderBy: [{trackId: ASC}], limit: 2) { ... on Track { name } trackId name }
        }
      }
      fragment AlbumBits on Album { albumId }
      """;

  @Test
  void fieldsKeepTheSelectionsOrderWithFragmentsAliasesTypenamesAndDirectives() {
    assertThat(run(ALBUMS, Map.of("withTitle", true, "skipName", false)))
        .isEqualTo(
            "{\"data\":{\"albums\":["
                + "{\"__typename\":\"Album\",\"albumId\":1,\"id\":1,"
                + "\"title\":\"For Those About To Rock We Salute You\","
                + "\"artist\":{\"name\":\"AC/DC\",\"kind\":\"Artist\",\"artistId\":1},"
                + "\"tracks\":[{\"name\":\"For Those About To Rock (We Salute You)\",\"trackId\":1},"
                + "{\"name\":\"Put The Finger On You\",\"trackId\":6}]},"
                + "{\"__typename\":\"Album\",\"albumId\":2,\"id\":2,\"title\":\"Balls to the Wall\","
                + "\"artist\":{\"name\":\"Accept\",\"kind\":\"Artist\",\"artistId\":2},"
                + "\"tracks\":[{\"name\":\"Balls to the Wall\",\"trackId\":2}]}]}}");
    assertThat(statements).hasSize(1);
  }

  @Test
  void directivesDecideWithTheRequestsVariables() {
    assertThat(run(ALBUMS, Map.of("withTitle", false, "skipName", true)))
        .startsWith(
            "{\"data\":{\"albums\":["
                + "{\"__typename\":\"Album\",\"albumId\":1,\"id\":1,"
                + "\"artist\":{\"kind\":\"Artist\",\"artistId\":1},");
  }

  @Test
  void aQuerySentAgainWithOtherVariablesReadsItsOwnRows() {
    String query = "query One($id: Int!) { album(albumId: $id) { title } }";
    for (int id : new int[] {1, 2, 1}) {
      assertThat(run(query, Map.of("id", id)))
          .isEqualTo(
              "{\"data\":{\"album\":{\"title\":\""
                  + (id == 1 ? "For Those About To Rock We Salute You" : "Balls to the Wall")
                  + "\"}}}");
    }
  }

  @Test
  void leavesAreShownAsTheirScalarsShowThem() {
    assertThat(
            run(
                "{ track(trackId: 1) { unitPrice milliseconds bytes composer }"
                    + " invoice(invoiceId: 1) { invoiceDate total billingState } }",
                Map.of()))
        .isEqualTo(
            "{\"data\":{\"track\":{\"unitPrice\":\"0.99\",\"milliseconds\":343719,"
                + "\"bytes\":11170334,\"composer\":\"Angus Young, Malcolm Young, Brian Johnson\"},"
                + "\"invoice\":{\"invoiceDate\":\"2021-01-01T00:00\",\"total\":\"1.98\","
                + "\"billingState\":null}}}");
  }

  private Table<?> artistTable(Catalog catalog) {
    Table<?> table = catalog.table(dialect().equals("postgres") ? "artist" : "Artist");
    assertThat(table).isNotNull();
    return table;
  }

  @SuppressWarnings("unchecked")
  private Field<Integer> artistId(Table<?> artist) {
    Field<?> field = artist.field(dialect().equals("postgres") ? "artist_id" : "ArtistId");
    assertThat(field).isNotNull();
    return (Field<Integer>) field;
  }

  @Test
  void aNullInANonNullFieldIsGraphQLsOwnErrorAndBubblesUp() {
    // album.artist is non-null (its key column is); a policy hiding artist 1 makes it null.
    Catalog catalog = ChinookCatalogs.of(dialect());
    Table<?> artist = artistTable(catalog);
    Field<Integer> id = artistId(artist);
    RexGraphQL hidingAcdc =
        RexGraphQL.builder(db, catalog)
            .access(AccessRules.none().withRowPolicy(artist, principal -> id.ne(1)))
            .build();

    ExecutionResult list =
        hidingAcdc.execute(
            GraphQLRequest.of(
                "{ albums(orderBy: [{albumId: ASC}], limit: 2) { title artist { name } } }"));
    ExecutionResult one =
        hidingAcdc.execute(GraphQLRequest.of("{ album(albumId: 1) { title artist { name } } }"));

    // albums: [Album!]! and Query.albums is non-null, so the null reaches data itself
    assertThat(list.<Object>getData()).isNull();
    assertThat(list.getErrors())
        .extracting(GraphQLError::getPath)
        .containsExactly(List.of("albums", 0, "artist"));
    // album(albumId:) is nullable: the album becomes null, the rest of the response stays
    assertThat(json(one)).startsWith("{\"errors\":[").endsWith("\"data\":{\"album\":null}}");
    assertThat(one.getErrors())
        .extracting(GraphQLError::getPath)
        .containsExactly(List.of("album", "artist"));
    // an album whose artist is visible is still answered whole
    assertThat(
            json(
                hidingAcdc.execute(
                    GraphQLRequest.of("{ album(albumId: 2) { title artist { name } } }"))))
        .isEqualTo(
            "{\"data\":{\"album\":{\"title\":\"Balls to the Wall\",\"artist\":{\"name\":\"Accept\"}}}}");
  }
}
