package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * {@code <database>}: embedded (the default) or testcontainers, with {@code <image>}. The container
 * test runs the image of REX_TESTING_IMAGE (CI's locally built {@code rex-local/postgres:15}) and
 * is skipped, saying why, without a Docker daemon.
 */
class DatabaseChoiceTest {

  @TempDir Path dir;
  private final RecordingMavenLog log = new RecordingMavenLog();

  private GenerateMojo mojo(String dialect, File migrations) {
    GenerateMojo mojo = new GenerateMojo();
    mojo.setLog(log);
    mojo.dialect = dialect;
    mojo.packageName = "com.example.db";
    mojo.migrations = migrations;
    mojo.outputDirectory = dir.resolve("generated").toFile();
    mojo.resourcesDirectory = dir.resolve("resources").toFile();
    mojo.project = GenerateMojoTest.projectWithRuntime();
    return mojo;
  }

  private static File chinook(String dialect) {
    return new File("../db/src/main/resources/db/migration/" + dialect).getAbsoluteFile();
  }

  @Test
  void anUnknownDatabaseIsRefusedNamingTheChoices() {
    GenerateMojo mojo = mojo("sqlite", chinook("sqlite"));
    mojo.database = "docker";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("<database> is embedded or testcontainers, not 'docker'");
  }

  @Test
  void testcontainersRunsDialectsThatKnowAnImageOnly() {
    GenerateMojo mojo = mojo("sqlite", chinook("sqlite"));
    mojo.database = "testcontainers";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining(
            "The sqlite dialect does not start throwaway databases in containers; use"
                + " <database>embedded</database>.");
  }

  @Test
  void embeddedIsTheDefault() throws Exception {
    GenerateMojo mojo = mojo("sqlite", chinook("sqlite"));
    mojo.database = " Embedded ";
    mojo.execute();
    assertThat(dir.resolve("generated/com/example/db/tables/Artist.java")).exists();
  }

  @Test
  void withoutDockerTheContainerChoiceSaysWhy() {
    Assumptions.assumeFalse(
        DockerClientFactory.instance().isDockerAvailable(),
        "Skipped: a Docker daemon is available (generatesFromAPostgresqlContainer runs instead)");
    GenerateMojo mojo = mojo("postgres", chinook("postgres"));
    mojo.database = "testcontainers";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<database>testcontainers</database> needs a Docker daemon");
  }

  @Test
  void generatesFromAPostgresqlContainer() throws Exception {
    Assumptions.assumeTrue(
        DockerClientFactory.instance().isDockerAvailable(),
        "Skipped: no Docker daemon for Testcontainers (CI starts one with"
            + " shared/tools/testcontainers-postgres/setup.sh)");
    String image = System.getenv("REX_TESTING_IMAGE");
    GenerateMojo mojo = mojo("postgres", chinook("postgres"));
    mojo.database = "testcontainers";
    mojo.image = image == null || image.isBlank() ? null : image;

    mojo.execute();

    assertThat(dir.resolve("generated/com/example/db/tables/InvoiceLine.java")).exists();
    assertThat(log.infos).anyMatch(line -> line.startsWith("Started a throwaway postgres"));
  }
}
