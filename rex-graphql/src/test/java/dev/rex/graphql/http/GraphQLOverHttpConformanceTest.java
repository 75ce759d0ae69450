package dev.rex.graphql.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.graphql.toy.ToyGraphQL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * graphql-http's server audits ({@code audit.mjs} of the shared graphql-conformance tool) against
 * {@link GraphQLServer} over the toy schema. Needs Node and the tool with its npm packages
 * installed, in the directory named by {@code REX_GRAPHQL_AUDIT_DIR}; {@code
 * src/test/conformance/run.sh} prepares that and runs this test. Without it the test is skipped.
 */
class GraphQLOverHttpConformanceTest {

  private static final String AUDIT_DIR = "REX_GRAPHQL_AUDIT_DIR";

  @Test
  void passesEveryAuditOfGraphQLOverHttp() throws Exception {
    Path tool = auditTool();
    try (GraphQLServer server = GraphQLServer.builder(new ToyGraphQL()).build().start()) {
      Process node =
          new ProcessBuilder("node", "audit.mjs", server.uri().toString(), "--verbose")
              .directory(tool.toFile())
              .redirectErrorStream(true)
              .start();
      boolean finished = node.waitFor(3, TimeUnit.MINUTES);
      String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      System.out.println(output);
      assertThat(finished).as("audit.mjs finished within 3 minutes").isTrue();
      assertThat(counts(output, "MUST")).as(output).isEqualTo(new int[] {13, 0});
      assertThat(counts(output, "SHOULD")).as(output).isEqualTo(new int[] {23, 0});
      assertThat(counts(output, "MAY")).as(output).isEqualTo(new int[] {25, 0});
    }
  }

  private static Path auditTool() throws IOException, InterruptedException {
    String dir = System.getenv(AUDIT_DIR);
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(Path.of(dir, "node_modules", "graphql-http")),
        "Skipped: "
            + AUDIT_DIR
            + " does not name a graphql-conformance copy with its npm packages installed;"
            + " run rex-graphql/src/test/conformance/run.sh to prepare one and run this test.");
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
