package dev.rex.graphql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.graphql.GraphQLTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which rows reach the response decoded whole ({@link CompletedRows}) and which are left to
 * graphql-java: the suites check that both read the same (CompletionSuite); this checks that the
 * short way is the one taken where it can be.
 */
class CompletedRowsTest extends GraphQLTest {

  @Override
  protected String dialect() {
    return "sqlite";
  }

  @Test
  void rowsOfColumnsRelationsAndTypenamesAreDecodedWhole() {
    Map<String, Object> data =
        data(
            "{ albums(limit: 2) { __typename title artist { name } tracks { name } }"
                + " album(albumId: 1) { title } }");

    assertThat(data.get("albums")).isInstanceOf(CompletedRows.Rows.class);
    assertThat(((List<?>) data.get("albums")).get(0)).isInstanceOf(CompletedRows.Row.class);
    assertThat(data.get("album")).isInstanceOf(CompletedRows.Row.class);
  }

  @Test
  void aConnectionIsLeftToGraphQLJavaButItsNodesAreDecodedWhole() {
    Map<String, Object> data =
        data("{ artist(artistId: 1) { albumsConnection(first: 1) { nodes { title } } } }");

    Map<?, ?> artist = (Map<?, ?>) data.get("artist");
    assertThat(artist).isNotInstanceOf(CompletedRows.Row.class);
    Map<?, ?> connection = (Map<?, ?>) artist.get("albumsConnection");
    assertThat(((List<?>) connection.get("nodes")).get(0)).isInstanceOf(CompletedRows.Row.class);
  }
}
