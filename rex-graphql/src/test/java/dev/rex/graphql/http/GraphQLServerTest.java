package dev.rex.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rex.graphql.toy.ToyGraphQL;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GraphQL over HTTP against a real Jetty on a free port, serving the toy schema. */
class GraphQLServerTest {

  private static final String MODERN = "application/graphql-response+json";
  private static final String LEGACY = "application/json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private ToyGraphQL toy;
  private GraphQLServer server;

  @BeforeEach
  void start() {
    toy = new ToyGraphQL();
    server = GraphQLServer.builder(toy).maxRequestBytes(64 * 1024).build().start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void postRunsAQueryAndAnswersTheSpecificationsMediaTypeWhenAskedFor() throws Exception {
    Answer answer = post(MODERN, LEGACY, "{\"query\":\"{ hello }\"}");
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.contentType).isEqualTo(MODERN + "; charset=utf-8");
    assertThat(answer.json.toString()).isEqualTo("{\"data\":{\"hello\":\"Hello, world!\"}}");
  }

  @Test
  void prefersTheSpecificationsMediaTypeWhenBothAreNamed() throws Exception {
    assertThat(post(MODERN + ", " + LEGACY, LEGACY, "{\"query\":\"{ hello }\"}").contentType)
        .startsWith(MODERN);
    assertThat(
            post(LEGACY + ", " + MODERN + ";q=0.5", LEGACY, "{\"query\":\"{ hello }\"}")
                .contentType)
        .startsWith(LEGACY);
    assertThat(post("application/*", LEGACY, "{\"query\":\"{ hello }\"}").contentType)
        .startsWith(LEGACY);
  }

  @Test
  void answersApplicationJsonWhenOnlyThatIsAcceptedOrNothingIsSaid() throws Exception {
    assertThat(post(LEGACY, LEGACY, "{\"query\":\"{ hello }\"}").contentType).startsWith(LEGACY);
    assertThat(post("*/*", LEGACY, "{\"query\":\"{ hello }\"}").contentType).startsWith(LEGACY);
    assertThat(post(null, LEGACY, "{\"query\":\"{ hello }\"}").contentType).startsWith(LEGACY);
  }

  @Test
  void answers406WhenTheAcceptHeaderAllowsNeitherMediaType() throws Exception {
    Answer answer = post("text/plain", LEGACY, "{\"query\":\"{ hello }\"}");
    assertThat(answer.status).isEqualTo(406);
    assertThat(message(answer)).contains("Accept");
    assertThat(code(answer)).isEqualTo("NOT_ACCEPTABLE");
    assertThat(
            post(MODERN + ";q=0, " + LEGACY + ";q=0", LEGACY, "{\"query\":\"{ hello }\"}").status)
        .isEqualTo(406);
  }

  @Test
  void aRequestThatCannotBeParsedOrValidatedIs400WithoutDataUnderTheSpecificationsMediaType()
      throws Exception {
    Answer syntax = post(MODERN, LEGACY, "{\"query\":\"{ hello \"}");
    assertThat(syntax.status).isEqualTo(400);
    assertThat(syntax.json.has("data")).isFalse();
    assertThat(syntax.json.get("errors")).isNotEmpty();
    Answer invalid = post(MODERN, LEGACY, "{\"query\":\"{ nope }\"}");
    assertThat(invalid.status).isEqualTo(400);
    assertThat(invalid.json.has("data")).isFalse();
    Answer coercion =
        post(MODERN, LEGACY, "{\"query\":\"query($n: String!) { hello(name: $n) }\"}");
    assertThat(coercion.status).isEqualTo(400);
  }

  @Test
  void aRequestThatCannotBeParsedOrValidatedIs200UnderLegacyJson() throws Exception {
    Answer syntax = post(LEGACY, LEGACY, "{\"query\":\"{ hello \"}");
    assertThat(syntax.status).isEqualTo(200);
    assertThat(syntax.json.get("errors")).isNotEmpty();
    assertThat(post(LEGACY, LEGACY, "{\"query\":\"{ nope }\"}").status).isEqualTo(200);
  }

  @Test
  void aSafetyLimitIsA400WithItsCode() throws Exception {
    String deep = "{ node { " + "child { ".repeat(30) + "id" + " }".repeat(30) + " } }";
    Answer answer = post(MODERN, LEGACY, JSON.writeValueAsString(java.util.Map.of("query", deep)));
    assertThat(answer.status).isEqualTo(400);
    assertThat(code(answer)).isEqualTo("QUERY_TOO_DEEP");
    assertThat(toy.fetches()).isZero();
  }

  @Test
  void getRunsAQueryWithVariablesFromTheQueryString() throws Exception {
    Answer answer =
        get(
            "?query="
                + encode("query Q($n: String) { hello(name: $n) }")
                + "&variables="
                + encode("{\"n\":\"GET\"}")
                + "&operationName=Q",
            MODERN);
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.json.toString()).isEqualTo("{\"data\":{\"hello\":\"Hello, GET!\"}}");
    assertThat(toy.lastRequest().queriesOnly()).isTrue();
    assertThat(toy.lastRequest().operationName()).isEqualTo("Q");
  }

  @Test
  void getRefusesAMutationWith405AndAllowPost() throws Exception {
    for (String accept : new String[] {MODERN, LEGACY}) {
      Answer answer = get("?query=" + encode("mutation { increment }"), accept);
      assertThat(answer.status).isEqualTo(405);
      assertThat(answer.response.headers().firstValue("allow")).contains("POST");
      assertThat(code(answer)).isEqualTo("OPERATION_NOT_ALLOWED");
    }
    assertThat(toy.fetches()).isZero();
  }

  @Test
  void postRunsAMutation() throws Exception {
    Answer answer = post(MODERN, LEGACY, "{\"query\":\"mutation { increment }\"}");
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.json.toString()).isEqualTo("{\"data\":{\"increment\":1}}");
    assertThat(toy.lastRequest().queriesOnly()).isFalse();
  }

  @Test
  void otherMethodsGet405() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri())
                .method("PUT", HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("allow")).contains("GET, POST");
  }

  @Test
  void aBodyThatIsNotJsonGets415() throws Exception {
    Answer text = post(MODERN, "text/plain", "{\"query\":\"{ hello }\"}");
    assertThat(text.status).isEqualTo(415);
    assertThat(code(text)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    // The body was never read, so the connection is not offered for reuse.
    assertThat(text.response.headers().firstValue("connection")).contains("close");
    assertThat(post(MODERN, null, "{\"query\":\"{ hello }\"}").status).isEqualTo(415);
    assertThat(post(MODERN, LEGACY + "; charset=iso-8859-1", "{\"query\":\"{ hello }\"}").status)
        .isEqualTo(415);
    assertThat(post(MODERN, LEGACY + "; charset=UTF-8", "{\"query\":\"{ hello }\"}").status)
        .isEqualTo(200);
  }

  @Test
  void malformedRequestsGet400WithAMessageThatSaysWhatIsWrong() throws Exception {
    assertBadRequest("{\"query\": ", "not valid JSON");
    assertBadRequest("", "body is empty");
    assertBadRequest("[1]", "must be a JSON object");
    assertBadRequest("{\"qeury\":\"{ hello }\"}", "no query");
    assertBadRequest("{\"query\":null}", "no query");
    assertBadRequest("{\"query\":1}", "'query' must be a string, not a number");
    assertBadRequest("{\"query\":\"{ hello }\",\"operationName\":false}", "'operationName'");
    assertBadRequest("{\"query\":\"{ hello }\",\"variables\":[]}", "'variables' must be");
    assertBadRequest("{\"query\":\"{ hello }\",\"variables\":\"{}\"}", "not a string");
    assertBadRequest("{\"query\":\"{ hello }\",\"extensions\":0}", "'extensions' must be");
    assertBadRequest("{\"query\":\"{ hello }\",\"query\":\"{ count }\"}", "Duplicate field");
    assertThat(toy.lastRequest()).isNull();
  }

  @Test
  void nullOptionalParametersAreAccepted() throws Exception {
    Answer answer =
        post(
            MODERN,
            LEGACY,
            "{\"query\":\"{ hello }\",\"operationName\":null,\"variables\":null,"
                + "\"extensions\":null}");
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.json.has("errors")).isFalse();
  }

  @Test
  void extensionsReachTheExecutor() throws Exception {
    post(MODERN, LEGACY, "{\"query\":\"{ hello }\",\"extensions\":{\"trace\":true}}");
    assertThat(toy.lastRequest().extensions()).containsEntry("trace", true);
  }

  @Test
  void malformedGetRequestsGet400() throws Exception {
    assertThat(get("", MODERN).status).isEqualTo(400);
    assertThat(message(get("", MODERN))).contains("no query");
    Answer badVariables = get("?query=" + encode("{ hello }") + "&variables=%7B", MODERN);
    assertThat(badVariables.status).isEqualTo(400);
    assertThat(message(badVariables)).contains("'variables' is not valid JSON");
    Answer twice = get("?query=" + encode("{ hello }") + "&query=" + encode("{ count }"), MODERN);
    assertThat(message(twice)).contains("more than once");
  }

  @Test
  void headersReachTheRequestWithLowerCaseNames() throws Exception {
    client.send(
        HttpRequest.newBuilder(server.uri())
            .header("Content-Type", LEGACY)
            .header("X-Api-Key", "secret")
            .header("Authorization", "Bearer abc")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ hello }\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(toy.lastRequest().headers())
        .containsEntry("x-api-key", "secret")
        .containsEntry("authorization", "Bearer abc")
        .containsEntry("content-type", LEGACY);
  }

  @Test
  void aBodyOverTheLimitGets413() throws Exception {
    String big =
        "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + "x".repeat(70_000) + "\"}}";
    Answer declared = post(MODERN, LEGACY, big);
    assertThat(declared.status).isEqualTo(413);
    assertThat(code(declared)).isEqualTo("REQUEST_TOO_LARGE");
    HttpResponse<String> chunked =
        client.send(
            HttpRequest.newBuilder(server.uri())
                .header("Content-Type", LEGACY)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(toy.lastRequest()).isNull();
  }

  @Test
  void anExecutorThatThrowsGives500WithoutDetails() throws Exception {
    try (GraphQLServer failing =
        GraphQLServer.builder(
                request -> {
                  throw new IllegalStateException("secret detail");
                })
            .build()
            .start()) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(failing.uri())
                  .header("Content-Type", LEGACY)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ hello }\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).contains("INTERNAL_SERVER_ERROR").doesNotContain("secret");
    }
  }

  @Test
  void otherPathsAre404() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/elsewhere")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void theBuilderRefusesBadSettings() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GraphQLServer.builder(toy).path("graphql"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GraphQLServer.builder(toy).graphiqlPath("/x/"));
    assertThatIllegalArgumentException().isThrownBy(() -> GraphQLServer.builder(toy).port(70000));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GraphQLServer.builder(toy).maxRequestBytes(0));
    assertThatIllegalArgumentException().isThrownBy(() -> GraphQLServer.builder(toy).threads(2));
    GraphQLServer notStarted = GraphQLServer.builder(toy).build();
    assertThatIllegalStateException().isThrownBy(notStarted::port);
    assertThatIllegalStateException().isThrownBy(server::start);
  }

  @Test
  void servesOnTheConfiguredHostPortAndPath() throws Exception {
    try (GraphQLServer custom =
        GraphQLServer.builder(toy).host("localhost").path("/api/gql").threads(8).build().start()) {
      assertThat(custom.port()).isPositive();
      assertThat(custom.uri().toString())
          .isEqualTo("http://localhost:" + custom.port() + "/api/gql");
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(custom.uri())
                  .header("Content-Type", LEGACY)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ count }\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).isEqualTo("{\"data\":{\"count\":0}}");
    }
  }

  private void assertBadRequest(String body, String messagePart) throws Exception {
    Answer answer = post(MODERN, LEGACY, body);
    assertThat(answer.status).as(body).isEqualTo(400);
    assertThat(message(answer)).as(body).contains(messagePart);
    assertThat(code(answer)).isEqualTo("BAD_REQUEST");
    assertThat(answer.json.has("data")).isFalse();
  }

  private Answer post(String accept, String contentType, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString(body));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  private Answer get(String queryString, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.uri() + queryString))
            .header("Accept", accept)
            .GET()
            .build();
    return new Answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String message(Answer answer) {
    return answer.json.get("errors").get(0).get("message").asText();
  }

  private static String code(Answer answer) {
    return answer.json.get("errors").get(0).get("extensions").get("code").asText();
  }

  private static final class Answer {
    final HttpResponse<String> response;
    final int status;
    final String contentType;
    final JsonNode json;

    Answer(HttpResponse<String> response) throws IOException {
      this.response = response;
      this.status = response.statusCode();
      this.contentType = response.headers().firstValue("content-type").orElse("");
      this.json = JSON.readTree(response.body());
    }
  }
}
