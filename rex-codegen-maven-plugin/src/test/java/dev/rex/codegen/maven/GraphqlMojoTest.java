package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphqlMojoTest {

  @TempDir Path dir;
  private final RecordingMavenLog log = new RecordingMavenLog();

  @Test
  void writesExactlyTheSchemaThatGenerateWrites() throws Exception {
    GraphqlMojo mojo = mojo();
    mojo.output = dir.resolve("api/schema.graphql").toFile();
    mojo.graphqlTypeNames = Map.of("Album", "Record");
    mojo.execute();

    GenerateMojo generate = new GenerateMojo();
    generate.setLog(new RecordingMavenLog());
    generate.dialect = "sqlite";
    generate.packageName = "com.example.db";
    generate.migrations = GenerateMojoTest.chinook();
    generate.outputDirectory = dir.resolve("generated").toFile();
    generate.resourcesDirectory = dir.resolve("resources").toFile();
    generate.graphql = true;
    generate.graphqlTypeNames = Map.of("Album", "Record");
    generate.project = GenerateMojoTest.projectWithRuntime();
    generate.execute();

    String written = Files.readString(dir.resolve("api/schema.graphql"));
    assertThat(written).contains("type Record {");
    assertThat(written)
        .isEqualTo(Files.readString(dir.resolve("resources/com/example/db/schema.graphqls")));
    assertThat(log.infos).last().asString().startsWith("Wrote the GraphQL schema to ");
  }

  @Test
  void printsTheSchemaToTheLogWithoutAnOutputFile() throws Exception {
    GraphqlMojo mojo = mojo();
    mojo.packageName = null;

    mojo.execute();

    assertThat(log.infos)
        .last()
        .asString()
        .startsWith("The GraphQL schema:\n")
        .contains("type Album {")
        .contains("type InvoiceLine {");
    assertThat(log.warnings).isEmpty();
  }

  @Test
  void doesNothingWhenSkipped() throws Exception {
    GraphqlMojo mojo = mojo();
    mojo.skip = true;
    mojo.output = dir.resolve("schema.graphql").toFile();

    mojo.execute();

    assertThat(dir.resolve("schema.graphql")).doesNotExist();
    assertThat(log.infos).containsExactly("rex:graphql skipped.");
  }

  @Test
  void reportsBadConfigurationAsAnExecutionFailure() throws Exception {
    GraphqlMojo missing = mojo();
    missing.migrations = dir.resolve("nowhere").toFile();
    assertThatThrownBy(missing::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("rex:graphql failed: ")
        .hasMessageContaining("nowhere does not exist");

    GraphqlMojo badColumn = mojo();
    badColumn.graphqlFieldNames = Map.of("UnitPrice", "price");
    assertThatThrownBy(badColumn::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("<graphqlFieldNames> names columns as table.column, not 'UnitPrice'.");

    GraphqlMojo noMigrations = mojo();
    noMigrations.migrations = null;
    assertThatThrownBy(noMigrations::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("rex:graphql needs <migrations>.");

    GraphqlMojo unwritable = mojo();
    Files.writeString(dir.resolve("file"), "");
    unwritable.output = dir.resolve("file/schema.graphql").toFile();
    assertThatThrownBy(unwritable::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("rex:graphql cannot write ");
  }

  private GraphqlMojo mojo() {
    GraphqlMojo mojo = new GraphqlMojo();
    mojo.setLog(log);
    mojo.dialect = "sqlite";
    mojo.packageName = "com.example.db";
    mojo.migrations = GenerateMojoTest.chinook();
    return mojo;
  }
}
