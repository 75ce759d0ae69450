package dev.rex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The GraphQL server example on a freshly migrated Chinook of one dialect, over HTTP: it answers
 * every query of the README's GraphQL section with exactly the response printed there, and serves
 * GraphiQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GraphQLServerExampleSuite {

  private GraphQLServerExample example;

  /** The URL of a new, empty database the example may migrate. */
  protected abstract String newDatabase();

  /** Drops what {@link #newDatabase()} made, if anything needs it. */
  protected void dropDatabase() {}

  @BeforeAll
  void startTheExample() {
    example = GraphQLServerExample.start(newDatabase(), 0);
  }

  @AfterAll
  void stopTheExample() {
    try {
      example.close();
    } finally {
      dropDatabase();
    }
  }

  @Test
  void theReadmeShowsAtLeastTwoQueriesWithTheirResponses() {
    assertThat(ReadmeGraphQL.snippets()).hasSizeGreaterThanOrEqualTo(2);
  }

  @TestFactory
  Stream<DynamicTest> answersEveryReadmeQueryWithTheResponsePrintedUnderIt() {
    List<ReadmeGraphQL.Snippet> snippets = ReadmeGraphQL.snippets();
    return snippets.stream()
        .map(
            snippet ->
                DynamicTest.dynamicTest(
                    snippet.title(),
                    () -> {
                      JsonNode response = ReadmeGraphQL.post(example.endpoint(), snippet.query());
                      assertThat(ReadmeGraphQL.JSON.writeValueAsString(response))
                          .as("the response to\n%s", snippet.query())
                          .isEqualTo(ReadmeGraphQL.canonical(snippet.response()));
                    }));
  }

  @Test
  void theAddedDurationFieldFormatsMillisecondsAsMinutesAndSeconds() throws Exception {
    JsonNode response =
        ReadmeGraphQL.post(
            example.endpoint(), "{ t1: track(trackId: 1) { milliseconds duration } }");
    assertThat(response.toString())
        .isEqualTo("{\"data\":{\"t1\":{\"milliseconds\":343719,\"duration\":\"5:43\"}}}");
    assertThat(GraphQLServerExample.minutesAndSeconds(59_999)).isEqualTo("0:59");
    assertThat(GraphQLServerExample.minutesAndSeconds(600_000)).isEqualTo("10:00");
  }

  @Test
  void servesGraphiQLBesideTheEndpoint() throws Exception {
    URI graphiql = example.graphiql();
    assertThat(graphiql.getPath()).isEqualTo("/graphiql");
    assertThat(graphiql.getPort()).isEqualTo(example.endpoint().getPort()).isPositive();
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(graphiql).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("graphiql.min.js");
  }
}
