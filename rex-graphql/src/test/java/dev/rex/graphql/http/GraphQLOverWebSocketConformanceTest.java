package dev.rex.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.Table;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.RealtimeChinook;
import dev.rex.graphql.RexGraphQL;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shared graphql-conformance tool's {@code ws-sub.mjs} — the graphql-ws library's own client
 * over the {@code ws} WebSocket implementation — subscribing to {@link GraphQLServer} on a SQLite
 * Chinook whose album changes rex-realtime captures: it must connect, receive the matching inserts
 * as {@code next} events and stop after them, and report a refused subscription as an error.
 *
 * <p>Needs Node and the tool with its npm packages installed, in the directory named by {@code
 * REX_GRAPHQL_AUDIT_DIR}; {@code .ci/run} and {@code src/test/conformance/run.sh} prepare that.
 * Without it the tests are skipped, saying why.
 */
class GraphQLOverWebSocketConformanceTest {

  private static final String AUDIT_DIR = "REX_GRAPHQL_AUDIT_DIR";

  @Test
  void theGraphqlWsClientReceivesTheMatchingChanges() throws Exception {
    Path tool = conformanceTool();
    String url = RealtimeChinook.create("sqlite", "Album");
    Catalog catalog = ChinookCatalogs.of("sqlite");
    Table<?> album = catalog.table("Album");
    assertThat(album).isNotNull();
    Path output = Files.createTempFile("rex-ws-sub-", ".log");
    try (Rex db = Rex.connect(url);
        Realtime realtime =
            Realtime.start(
                db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(200)));
        GraphQLServer server =
            GraphQLServer.builder(RexGraphQL.builder(db, catalog).realtime(realtime, album).build())
                .build()
                .start()) {
      Process node =
          node(
              tool,
              output,
              "ws-sub.mjs",
              server.uri().toString(),
              "subscription { albumChanged(where: {artistId: {eq: 1}}) {"
                  + " operation node { title artistId } } }",
              "--count",
              "2",
              "--timeout",
              "60");
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (realtime.subscriberCount() == 0) {
        assertThat(node.isAlive()).as(read(output)).isTrue();
        assertThat(System.nanoTime()).as("subscribed within 60 s").isLessThan(deadline);
        Thread.sleep(20);
      }
      insert(url, 20_001, "Not Artist One", 2);
      insert(url, 20_002, "Over The Wire", 1);
      insert(url, 20_003, "Twice Over", 1);
      String printed = finish(node, output);
      assertThat(node.exitValue()).as(printed).isZero();
      assertThat(printed)
          .contains("connected (connection_ack)", "2 event(s)")
          .contains(
              "next {\"data\":{\"albumChanged\":{\"operation\":\"INSERT\","
                  + "\"node\":{\"title\":\"Over The Wire\",\"artistId\":1}}}}")
          .contains("\"title\":\"Twice Over\"")
          .doesNotContain("Not Artist One");
    } finally {
      Files.deleteIfExists(output);
    }
  }

  @Test
  void theGraphqlWsClientReportsARefusedSubscription() throws Exception {
    Path tool = conformanceTool();
    String url = RealtimeChinook.create("sqlite", "Album");
    Catalog catalog = ChinookCatalogs.of("sqlite");
    Table<?> album = catalog.table("Album");
    assertThat(album).isNotNull();
    Path output = Files.createTempFile("rex-ws-sub-", ".log");
    try (Rex db = Rex.connect(url);
        Realtime realtime = Realtime.start(db);
        GraphQLServer server =
            GraphQLServer.builder(RexGraphQL.builder(db, catalog).realtime(realtime, album).build())
                .build()
                .start()) {
      Process node =
          node(
              tool,
              output,
              "ws-sub.mjs",
              server.uri().toString(),
              "subscription { albumChanged(where: {artist: {name: {eq: \"AC/DC\"}}}) { operation } }",
              "--timeout",
              "30");
      String printed = finish(node, output);
      assertThat(node.exitValue()).as(printed).isEqualTo(1);
      assertThat(printed)
          .contains("connected (connection_ack)", " error ", "cannot filter on the relation artist")
          .contains("0 event(s)");
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static void insert(String url, int id, String title, int artist) {
    TestDatabases.execute(
        url,
        "insert into Album (AlbumId, Title, ArtistId) values ("
            + id
            + ", '"
            + title
            + "', "
            + artist
            + ")");
  }

  private static Process node(Path tool, Path output, String... arguments) throws IOException {
    String[] command = new String[arguments.length + 1];
    command[0] = "node";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    return new ProcessBuilder(command)
        .directory(tool.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }

  private static String finish(Process node, Path output) throws Exception {
    boolean finished = node.waitFor(90, TimeUnit.SECONDS);
    if (!finished) {
      node.destroyForcibly();
    }
    String printed = read(output);
    System.out.println(printed);
    assertThat(finished).as("node finished within 90 s:\n" + printed).isTrue();
    return printed;
  }

  private static String read(Path output) throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static Path conformanceTool() throws IOException, InterruptedException {
    @Nullable String dir = System.getenv(AUDIT_DIR);
    Assumptions.assumeTrue(
        dir != null
            && Files.isRegularFile(Path.of(dir, "ws-sub.mjs"))
            && Files.isDirectory(Path.of(dir, "node_modules", "graphql-ws")),
        "Skipped: "
            + AUDIT_DIR
            + " does not name a graphql-conformance copy with ws-sub.mjs and its npm packages"
            + " installed; .ci/run or rex-graphql/src/test/conformance/run.sh prepare one when"
            + " node and npm are installed.");
    Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
    Assumptions.assumeTrue(version.waitFor() == 0, "Skipped: node is not on the PATH");
    return Path.of(dir);
  }
}
