package dev.rex.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLExecutor;
import dev.rex.graphql.RexGraphQL;
import dev.rex.graphql.toy.ToyGraphQL;
import dev.rex.testing.TestDatabases;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shared graphql-conformance tool against {@link GraphQLServer}: graphql-http's server audits
 * ({@code audit.mjs}) over the toy schema and over Rex's real API of the generated Chinook tables
 * ({@link RexGraphQL} on a migrated SQLite Chinook), and the introspection round trip ({@code
 * sdl-check.mjs}: graphql-js rebuilds the Chinook schema from introspection and validates it).
 *
 * <p>Needs Node and the tool with its npm packages installed, in the directory named by {@code
 * REX_GRAPHQL_AUDIT_DIR}; {@code .ci/run} and {@code src/test/conformance/run.sh} prepare that.
 * Without it the tests are skipped, saying why.
 */
class GraphQLOverHttpConformanceTest {

  private static final String AUDIT_DIR = "REX_GRAPHQL_AUDIT_DIR";

  @Test
  void passesEveryAuditOfGraphQLOverHttp() throws Exception {
    Path tool = conformanceTool();
    String output = audit(tool, new ToyGraphQL());
    assertThat(counts(output, "MUST")).as(output).isEqualTo(new int[] {13, 0});
    assertThat(counts(output, "SHOULD")).as(output).isEqualTo(new int[] {23, 0});
    assertThat(counts(output, "MAY")).as(output).isEqualTo(new int[] {25, 0});
  }

  @Test
  void passesEveryAuditOnTheChinookApi() throws Exception {
    Path tool = conformanceTool();
    try (Rex db = Rex.connect(chinook())) {
      String output = audit(tool, RexGraphQL.builder(db, ChinookCatalogs.of("sqlite")).build());
      assertThat(counts(output, "MUST")).as(output).isEqualTo(new int[] {13, 0});
      assertThat(counts(output, "SHOULD")).as(output).isEqualTo(new int[] {23, 0});
      assertThat(counts(output, "MAY")).as(output).isEqualTo(new int[] {25, 0});
    }
  }

  @Test
  void graphqlJsRebuildsAValidChinookSchemaFromIntrospection() throws Exception {
    Path tool = conformanceTool();
    Path sdl = Files.createTempFile("rex-chinook-", ".graphql");
    try (Rex db = Rex.connect(chinook())) {
      RexGraphQL graphql = RexGraphQL.builder(db, ChinookCatalogs.of("sqlite")).build();
      String output;
      int exit;
      String endpoint;
      try (GraphQLServer server = GraphQLServer.builder(graphql).build().start()) {
        endpoint = server.uri().toString();
        Process node = node(tool, "sdl-check.mjs", endpoint, "--sdl", sdl.toString());
        output = output(node);
        exit = node.exitValue();
      }
      assertThat(exit).as(output).isZero();
      // The first, fullest variant of graphql-js's introspection query was accepted.
      assertThat(output)
          .contains("introspection of " + endpoint + ": full\n", "validateSchema: valid");

      GraphQLSchema schema = graphql.schema();
      Matcher fields =
          Pattern.compile("query fields (\\d+), mutation fields (\\d+)").matcher(output);
      assertThat(fields.find()).as(output).isTrue();
      assertThat(Integer.parseInt(fields.group(1)))
          .isEqualTo(schema.getQueryType().getFieldDefinitions().size())
          .isGreaterThan(30);
      GraphQLObjectType mutation = schema.getMutationType();
      assertThat(mutation).isNotNull();
      assertThat(Integer.parseInt(fields.group(2)))
          .isEqualTo(mutation.getFieldDefinitions().size());
      // graphql-js prints the rebuilt schema: Rex's types and fields made the round trip.
      assertThat(Files.readString(sdl))
          .contains("type Album", "type Track", "albumsConnection(", "input AlbumFilter");
    } finally {
      Files.deleteIfExists(sdl);
    }
  }

  /** A new SQLite file with Chinook migrated into it. */
  private static String chinook() {
    String url = TestDatabases.newSqliteDatabase();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/sqlite")
        .load()
        .migrate();
    return url;
  }

  /** Runs {@code audit.mjs} against a server of {@code executor}; returns what it printed. */
  private static String audit(Path tool, GraphQLExecutor executor) throws Exception {
    try (GraphQLServer server = GraphQLServer.builder(executor).build().start()) {
      return output(node(tool, "audit.mjs", server.uri().toString(), "--verbose"));
    }
  }

  private static Process node(Path tool, String... arguments) throws IOException {
    String[] command = new String[arguments.length + 1];
    command[0] = "node";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    return new ProcessBuilder(command).directory(tool.toFile()).redirectErrorStream(true).start();
  }

  private static String output(Process node) throws Exception {
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = node.waitFor(3, TimeUnit.MINUTES);
    System.out.println(output);
    assertThat(finished).as("node finished within 3 minutes").isTrue();
    return output;
  }

  private static Path conformanceTool() throws IOException, InterruptedException {
    @Nullable String dir = System.getenv(AUDIT_DIR);
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(Path.of(dir, "node_modules", "graphql-http")),
        "Skipped: "
            + AUDIT_DIR
            + " does not name a graphql-conformance copy with its npm packages installed;"
            + " .ci/run or rex-graphql/src/test/conformance/run.sh prepare one when node and npm"
            + " are installed.");
    Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
    Assumptions.assumeTrue(version.waitFor() == 0, "Skipped: node is not on the PATH");
    return Path.of(dir);
  }

  private static int[] counts(String output, String level) {
    Matcher matcher = Pattern.compile(level + "\\s+pass (\\d+)\\s+fail (\\d+)").matcher(output);
    assertThat(matcher.find()).as("a " + level + " line in:\n" + output).isTrue();
    return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
  }
}
