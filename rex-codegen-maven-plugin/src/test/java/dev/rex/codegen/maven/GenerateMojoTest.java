package dev.rex.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.DefaultNamingStrategy;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

  @TempDir Path dir;
  private final RecordingMavenLog log = new RecordingMavenLog();
  private final MavenProject project = projectWithRuntime();

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
  void writesTheGraphQLSchemaAndCatalogWhenTheProjectDependsOnRexGraphql() throws Exception {
    project.getDependencies().add(dependency("dev.rex", "rex-graphql", null));
    GenerateMojo mojo = mojo();

    mojo.execute();
    mojo.execute();

    Path schema = dir.resolve("generated/com/example/db/schema.graphqls");
    assertThat(schema).exists();
    assertThat(dir.resolve("resources/com/example/db/schema.graphqls"))
        .hasSameTextualContentAs(schema);
    assertThat(dir.resolve("generated/com/example/db/GraphQLCatalog.java")).exists();
    assertThat(project.getResources())
        .extracting(Resource::getDirectory)
        .containsExactly(dir.resolve("resources").toFile().getAbsolutePath());
  }

  @Test
  void leavesGraphQLOutUnlessTheProjectCompilesAgainstRexGraphqlOrItIsTurnedOn() throws Exception {
    project.getDependencies().add(dependency("dev.rex", "rex-graphql", "test"));
    project.getDependencies().add(dependency("dev.rex", "rex-runtime", null));
    mojo().execute();
    Path schema = dir.resolve("generated/com/example/db/schema.graphqls");
    assertThat(schema).doesNotExist();
    assertThat(project.getResources()).isEmpty();

    GenerateMojo on = mojo();
    on.graphql = true;
    on.execute();
    assertThat(schema).exists();

    project.getDependencies().add(dependency("dev.rex", "rex-graphql", "compile"));
    GenerateMojo off = mojo();
    off.graphql = false;
    off.execute();
    assertThat(schema).doesNotExist();
    assertThat(dir.resolve("generated/com/example/db/GraphQLCatalog.java")).doesNotExist();
  }

  @Test
  void passesTheGraphQLNamingOverridesToTheSchema() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.graphql = true;
    mojo.graphqlTypeNames = Map.of("Album", "Record");
    mojo.graphqlFieldNames = Map.of("Track.UnitPrice", "price");
    mojo.graphqlHiddenTables = List.of("Employee");
    mojo.graphqlHiddenColumns = List.of("Customer.Email");

    mojo.execute();

    String sdl = Files.readString(dir.resolve("resources/com/example/db/schema.graphqls"));
    assertThat(sdl)
        .contains("type Record {")
        .contains("  price: Decimal!")
        .doesNotContain("type Employee {")
        .doesNotContain("  email: String");
    assertThat(Files.readString(dir.resolve("generated/com/example/db/GraphQLCatalog.java")))
        .contains(".withHiddenColumn(\"Customer\", \"Email\")");

    GenerateMojo badColumn = mojo();
    badColumn.graphql = true;
    badColumn.graphqlHiddenColumns = List.of("Email");
    assertThatThrownBy(badColumn::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("<graphqlHiddenColumns> names columns as table.column, not 'Email'.");
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

  /** A project that depends on rex-runtime, as one that compiles generated code must. */
  static MavenProject projectWithRuntime() {
    MavenProject project = new MavenProject();
    project.setArtifacts(Set.of(artifact("rex-runtime", "compile")));
    return project;
  }

  private static Artifact artifact(String artifactId, String scope) {
    return new DefaultArtifact(
        "dev.rex", artifactId, "0.1.0", scope, "jar", null, new DefaultArtifactHandler("jar"));
  }

  @Test
  void aProjectWithoutRexRuntimeIsToldTheCoordinatesToAddAndNothingIsWritten() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.project = new MavenProject();
    mojo.project.setArtifacts(
        Set.of(artifact("rex-runtime", "test"), artifact("rex-dsl", "compile")));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("need dev.rex:rex-runtime on the compile class path")
        .hasMessageContaining("<artifactId>rex-runtime</artifactId>")
        .hasMessageContaining("with the JDBC driver of your database (org.xerial:sqlite-jdbc)");
    assertThat(dir.resolve("generated")).doesNotExist();
  }

  @Test
  void rexRuntimeThroughAnotherRexModuleIsEnough() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.project = new MavenProject();
    mojo.project.setArtifacts(
        Set.of(artifact("rex-graphql", "compile"), artifact("rex-runtime", null)));

    mojo.execute();

    assertThat(dir.resolve("generated/com/example/db/Tables.java")).exists();
  }

  static Dependency dependency(String groupId, String artifactId, @Nullable String scope) {
    Dependency dependency = new Dependency();
    dependency.setGroupId(groupId);
    dependency.setArtifactId(artifactId);
    dependency.setScope(scope);
    return dependency;
  }

  private GenerateMojo mojo() throws URISyntaxException {
    GenerateMojo mojo = new GenerateMojo();
    mojo.setLog(log);
    mojo.dialect = "sqlite";
    mojo.packageName = "com.example.db";
    mojo.migrations = chinook();
    mojo.outputDirectory = dir.resolve("generated").toFile();
    mojo.resourcesDirectory = dir.resolve("resources").toFile();
    mojo.project = project;
    return mojo;
  }

  /** The project's own Chinook migrations for SQLite, in the {@code db} module. */
  static File chinook() {
    return new File("../db/src/main/resources/db/migration/sqlite").getAbsoluteFile();
  }
}
