package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.DefaultNamingStrategy;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

  @TempDir Path dir;
  private final RecordingMavenLog log = new RecordingMavenLog();
  private final MavenProject project = new MavenProject();

  /** A naming strategy a user might put on the plugin's classpath. */
  public static final class PrefixedNaming extends DefaultNamingStrategy {
    @Override
    public String tableClass(String table) {
      return "T" + super.tableClass(table);
    }
  }

  @Test
  void generatesSourcesAndAddsThemToTheCompileSourceRoots() throws Exception {
    GenerateMojo mojo = mojo();

    mojo.execute();
    mojo.execute();

    Path out = dir.resolve("generated");
    assertThat(out.resolve("com/example/db/Tables.java")).exists();
    assertThat(out.resolve("com/example/db/tables/InvoiceLine.java")).exists();
    assertThat(project.getCompileSourceRoots()).contains(out.toFile().getAbsolutePath());
    assertThat(log.infos).last().asString().contains("up to date; skipped");
    assertThat(log.warnings).isEmpty();
  }

  @Test
  void usesTheConfiguredFiltersAndNamingStrategy() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.includes = List.of("Album", "Artist");
    mojo.namingStrategy = PrefixedNaming.class.getName();

    mojo.execute();

    Path tables = dir.resolve("generated/com/example/db/tables");
    try (var files = Files.list(tables)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("TAlbum.java", "TArtist.java", "package-info.java", "records");
    }
  }

  @Test
  void sendsUnmappedTypeWarningsToTheMavenLog() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.migrations = new File(GenerateMojoTest.class.getResource("/types/sqlite").toURI());

    mojo.execute();

    assertThat(log.warnings)
        .containsExactly(
            "Table gadget, column anything: no declared type has no Rex mapping;"
                + " it is generated as SQLDataType.other (Java Object).");
  }

  @Test
  void doesNothingWhenSkipped() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(dir.resolve("generated")).doesNotExist();
    assertThat(project.getCompileSourceRoots()).isEmpty();
  }

  @Test
  void reportsBadConfigurationAsAnExecutionFailure() throws Exception {
    GenerateMojo badDialect = mojo();
    badDialect.dialect = "oracle";
    assertThatThrownBy(badDialect::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("Unknown dialect 'oracle'");

    GenerateMojo badPackage = mojo();
    badPackage.packageName = "com.example.class";
    assertThatThrownBy(badPackage::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("not a legal Java package name");

    GenerateMojo badNaming = mojo();
    badNaming.namingStrategy = String.class.getName();
    assertThatThrownBy(badNaming::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("must implement NamingStrategy");

    GenerateMojo noPackage = mojo();
    noPackage.packageName = null;
    assertThatThrownBy(noPackage::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<packageName>");
  }

  @Test
  void readsAnExistingDatabaseWhenAUrlIsGiven() throws Exception {
    MigrateMojo migrate = new MigrateMojo();
    migrate.setLog(log);
    migrate.url = "jdbc:sqlite:" + dir.resolve("app.db");
    migrate.migrations = chinook();
    migrate.execute();
    GenerateMojo mojo = mojo();
    mojo.url = migrate.url;

    mojo.execute();
    mojo.execute();

    assertThat(dir.resolve("generated/com/example/db/tables/Track.java")).exists();
    assertThat(log.infos).noneMatch(message -> message.contains("up to date"));
  }

  private GenerateMojo mojo() throws URISyntaxException {
    GenerateMojo mojo = new GenerateMojo();
    mojo.setLog(log);
    mojo.dialect = "sqlite";
    mojo.packageName = "com.example.db";
    mojo.migrations = chinook();
    mojo.outputDirectory = dir.resolve("generated").toFile();
    mojo.project = project;
    return mojo;
  }

  /** The project's own Chinook migrations for SQLite, in the {@code db} module. */
  private static File chinook() {
    return new File("../db/src/main/resources/db/migration/sqlite").getAbsoluteFile();
  }
}
