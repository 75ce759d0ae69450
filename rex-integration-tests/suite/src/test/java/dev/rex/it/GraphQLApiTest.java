package dev.rex.it;

import static dev.rex.dsl.DSL.multiset;
import static dev.rex.dsl.DSL.select;
import static dev.rex.it.chinook.Tables.ALBUM;
import static dev.rex.it.chinook.Tables.ARTIST;
import static dev.rex.it.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.RexGraphQL;
import dev.rex.it.chinook.GraphQLCatalog;
import dev.rex.listener.ExecuteListener;
import graphql.ExecutionResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The GraphQL API of the generated {@code GraphQLCatalog}: it serves the schema {@code
 * rex:generate} wrote onto the classpath, and answers a nested query in one statement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQLApiTest {

  private final AtomicInteger statements = new AtomicInteger();
  private final Rex db =
      ChinookDatabase.connect(
          RexSettings.defaults()
              .withListener(ExecuteListener.onExecuteEnd(context -> statements.incrementAndGet())));
  private final RexGraphQL graphql = RexGraphQL.builder(db, GraphQLCatalog.catalog()).build();

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void servesExactlyTheSchemaThatRexGenerateWroteOntoTheClasspath() throws IOException {
    String written;
    try (InputStream in = GraphQLCatalog.class.getResourceAsStream("schema.graphqls")) {
      assertThat(in).as("schema.graphqls next to GraphQLCatalog").isNotNull();
      written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(graphql.sdl()).isEqualTo(written);
  }

  @Test
  void answersANestedQueryWithTheDatabasesRowsInOneStatement() {
    List<List<Object>> expected =
        db.select(
                ARTIST.NAME,
                multiset(
                    select(
                            ALBUM.TITLE,
                            multiset(
                                select(TRACK.NAME)
                                    .from(TRACK)
                                    .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
                                    .orderBy(TRACK.TRACK_ID)))
                        .from(ALBUM)
                        .where(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                        .orderBy(ALBUM.ALBUM_ID)))
            .from(ARTIST)
            .where(ARTIST.ARTIST_ID.le(10))
            .orderBy(ARTIST.ARTIST_ID)
            .fetch()
            .map(
                artist ->
                    List.<Object>of(
                        artist.value1(),
                        artist
                            .value2()
                            .map(
                                album ->
                                    List.<Object>of(
                                        album.value1(),
                                        album.value2().map(track -> track.value1())))));
    statements.set(0);

    ExecutionResult result =
        graphql.execute(
            GraphQLRequest.of(
                """
                { artists(where: {artistId: {lte: 10}}, orderBy: [{artistId: ASC}]) {
                    name
                    albums(orderBy: [{albumId: ASC}]) {
                      title
                      tracks(orderBy: [{trackId: ASC}]) { name }
                    }
                  } }
                """));

    assertThat(result.getErrors()).isEmpty();
    assertThat(statements).hasValue(1);
    Map<String, List<Map<String, Object>>> data = result.getData();
    List<List<Object>> actual =
        data.get("artists").stream()
            .map(artist -> List.<Object>of(artist.get("name"), albums(artist.get("albums"))))
            .toList();
    assertThat(actual).isEqualTo(expected);
    assertThat(actual).hasSize(10);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> albums(Object albums) {
    return ((List<Map<String, Object>>) albums)
        .stream()
            .<Object>map(
                album ->
                    List.<Object>of(
                        album.get("title"),
                        ((List<Map<String, Object>>) album.get("tracks"))
                            .stream().map(track -> track.get("name")).toList()))
            .toList();
  }
}
