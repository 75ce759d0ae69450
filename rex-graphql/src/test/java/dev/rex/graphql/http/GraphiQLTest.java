package dev.rex.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.graphql.toy.ToyGraphQL;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The GraphiQL page and its files, served from the jar. */
class GraphiQLTest {

  private static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void servesThePageAtItsPathWithEveryFileItLoads() throws Exception {
    try (GraphQLServer server = GraphQLServer.builder(new ToyGraphQL()).build().start()) {
      HttpResponse<String> page = get(server.uri().resolve("/graphiql"), BROWSER_ACCEPT);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
      assertThat(page.body()).contains("const endpoint = \"/graphql\";");
      assertThat(page.body()).contains("GraphiQL.createFetcher({ url: endpoint })");

      List<String> assets = assetsOf(page.body());
      assertThat(assets)
          .containsExactlyInAnyOrder(
              "/graphiql/assets/graphiql.min.css",
              "/graphiql/assets/react.production.min.js",
              "/graphiql/assets/react-dom.production.min.js",
              "/graphiql/assets/graphiql.min.js");
      for (String asset : assets) {
        HttpResponse<String> file = get(server.uri().resolve(asset), "*/*");
        assertThat(file.statusCode()).as(asset).isEqualTo(200);
        assertThat(file.body().length()).as(asset).isGreaterThan(5_000);
        assertThat(file.headers().firstValue("content-type").orElseThrow())
            .startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
      }
      assertThat(get(server.uri().resolve("/graphiql/assets/graphiql.min.js"), "*/*").body())
          .contains("createFetcher");
    }
  }

  @Test
  void servesThePageToABrowserAtTheGraphQLPath() throws Exception {
    try (GraphQLServer server =
        GraphQLServer.builder(new ToyGraphQL()).path("/api").build().start()) {
      HttpResponse<String> page = get(server.uri(), BROWSER_ACCEPT);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("const endpoint = \"/api\";");
      HttpResponse<String> json = get(URI.create(server.uri() + "?query=%7Bhello%7D"), "*/*");
      assertThat(json.body()).isEqualTo("{\"data\":{\"hello\":\"Hello, world!\"}}");
    }
  }

  @Test
  void refusesOtherFilesAndMethods() throws Exception {
    try (GraphQLServer server = GraphQLServer.builder(new ToyGraphQL()).build().start()) {
      assertThat(get(server.uri().resolve("/graphiql/assets/../../etc/passwd"), "*/*").statusCode())
          .isEqualTo(404);
      assertThat(get(server.uri().resolve("/graphiql/assets/package.json"), "*/*").statusCode())
          .isEqualTo(404);
      HttpResponse<String> post =
          client.send(
              HttpRequest.newBuilder(server.uri().resolve("/graphiql"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
    }
  }

  @Test
  void servesNoPageWhenTurnedOff() throws Exception {
    try (GraphQLServer server =
        GraphQLServer.builder(new ToyGraphQL()).graphiql(false).build().start()) {
      assertThat(get(server.uri().resolve("/graphiql"), BROWSER_ACCEPT).statusCode())
          .isEqualTo(404);
      assertThat(get(server.uri().resolve("/graphiql/assets/graphiql.min.js"), "*/*").statusCode())
          .isEqualTo(404);
      HttpResponse<String> atEndpoint = get(server.uri(), BROWSER_ACCEPT);
      assertThat(atEndpoint.statusCode()).isEqualTo(400);
      assertThat(atEndpoint.body()).contains("no query");
    }
  }

  /**
   * Runs the page in jsdom ({@code src/test/conformance/graphiql-check.cjs}): React and GraphiQL
   * load from the server, GraphiQL renders and sends its introspection query to the GraphQL path.
   * Needs Node and jsdom, in the {@code node_modules} directory named by {@code
   * REX_GRAPHIQL_JSDOM_DIR} ({@code src/test/conformance/run.sh} installs it); skipped without.
   */
  @Test
  void thePageRendersGraphiQLWhichQueriesTheServer() throws Exception {
    String jsdom = System.getenv("REX_GRAPHIQL_JSDOM_DIR");
    Assumptions.assumeTrue(
        jsdom != null && Files.isDirectory(Path.of(jsdom, "jsdom")),
        "Skipped: REX_GRAPHIQL_JSDOM_DIR does not name a node_modules directory with jsdom;"
            + " rex-graphql/src/test/conformance/run.sh installs one and runs this test.");
    ToyGraphQL toy = new ToyGraphQL();
    List<String> queries = new CopyOnWriteArrayList<>();
    try (GraphQLServer server =
        GraphQLServer.builder(
                request -> {
                  queries.add(request.query());
                  return toy.execute(request);
                })
            .build()
            .start()) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  "node",
                  "src/test/conformance/graphiql-check.cjs",
                  server.uri().resolve("/graphiql").toString())
              .redirectErrorStream(true);
      builder.environment().put("NODE_PATH", jsdom);
      Process node = builder.start();
      String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(output).contains("GraphiQL rendered: true", "schema fetched: true");
      assertThat(node.exitValue()).as(output).isZero();
      assertThat(queries)
          .anySatisfy(query -> assertThat(query).contains("query IntrospectionQuery"));
    }
  }

  private HttpResponse<String> get(URI uri, String accept) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> assetsOf(String html) {
    Matcher matcher = Pattern.compile("(?:href|src)=\"([^\"]+)\"").matcher(html);
    return matcher.results().map(result -> result.group(1)).toList();
  }
}
