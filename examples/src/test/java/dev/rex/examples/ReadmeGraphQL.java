package dev.rex.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GraphQL snippets of the repository's README: each fenced {@code ```graphql} block followed
 * directly by a {@code ```json} block with the response it gets on a fresh Chinook. Also sends a
 * query to a server over HTTP and reads the JSON back.
 */
final class ReadmeGraphQL {

  /** A query of the README and the response printed under it. */
  record Snippet(String query, String response) {

    /** The query's first line, to name it in test output. */
    String title() {
      String line = query.strip().lines().findFirst().orElse("");
      return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern GRAPHQL_BLOCK = Pattern.compile("(?m)^```graphql\\n");
  private static final Pattern SNIPPET =
      Pattern.compile("(?ms)^```graphql\\n(.*?)^```\\n\\s*^```json\\n(.*?)^```$");

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private ReadmeGraphQL() {}

  /**
   * The snippets of the README at the repository root.
   *
   * @throws IllegalStateException when a {@code ```graphql} block has no {@code ```json} block
   *     right after it
   */
  static List<Snippet> snippets() {
    String readme = readme();
    List<Snippet> snippets = new ArrayList<>();
    Matcher matcher = SNIPPET.matcher(readme);
    while (matcher.find()) {
      snippets.add(new Snippet(matcher.group(1), matcher.group(2)));
    }
    long blocks = GRAPHQL_BLOCK.matcher(readme).results().count();
    if (blocks != snippets.size()) {
      throw new IllegalStateException(
          "README.md has "
              + blocks
              + " ```graphql blocks but only "
              + snippets.size()
              + " are followed directly by a ```json block with their response");
    }
    return snippets;
  }

  private static String readme() {
    // Surefire runs in the module's directory; the README is the reactor's.
    Path path = Path.of("..", "README.md");
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path.toAbsolutePath(), e);
    }
  }

  /** POSTs {@code query} to {@code endpoint} as GraphQL over HTTP and returns the JSON response. */
  static JsonNode post(URI endpoint, String query) throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(Map.of("query", query));
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "HTTP " + response.statusCode() + " for " + query + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** {@code json} compact, keys in the order written: two texts of one document compare equal. */
  static String canonical(String json) throws IOException {
    return JSON.writeValueAsString(JSON.readTree(json));
  }
}
