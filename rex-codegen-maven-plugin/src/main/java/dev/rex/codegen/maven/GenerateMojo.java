package dev.rex.codegen.maven;

import dev.rex.codegen.CodeGenerator;
import dev.rex.codegen.DefaultNamingStrategy;
import dev.rex.codegen.GeneratorConfig;
import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.NamingStrategy;
import dev.rex.codegen.TargetDialect;
import java.io.File;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:generate}: migrates a throwaway database with the project's Flyway migrations, reads
 * it and writes typed Rex sources, which become a compile source root. Nothing happens when the
 * migrations and configuration did not change since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** {@code postgres} or {@code sqlite}. */
  @Parameter(property = "rex.dialect", defaultValue = "postgres")
  String dialect = "postgres";

  /** The base package of the generated code. */
  @Parameter(property = "rex.packageName", required = true)
  @Nullable String packageName;

  /** Reads this existing database instead of a migrated throwaway one. */
  @Parameter(property = "rex.generate.url")
  @Nullable String url;

  /** The user for {@code url}. */
  @Parameter(property = "rex.generate.user")
  @Nullable String user;

  /** The password for {@code url}. */
  @Parameter(property = "rex.generate.password")
  @Nullable String password;

  /** The directory of Flyway SQL migrations. */
  @Parameter(
      property = "rex.migrations",
      defaultValue = "${project.basedir}/src/main/resources/db/migration")
  @Nullable File migrations;

  /** Regular expressions; when given, only matching tables are generated. */
  @Parameter @Nullable List<String> includes;

  /** Regular expressions of tables not to generate. */
  @Parameter @Nullable List<String> excludes;

  /** The schemas to read; default {@code public} (PostgreSQL) or {@code main} (SQLite). */
  @Parameter @Nullable List<String> schemas;

  /** Generates the partitions of partitioned PostgreSQL tables as tables of their own too. */
  @Parameter(property = "rex.includePartitions", defaultValue = "false")
  boolean includePartitions;

  /** A {@code dev.rex.codegen.NamingStrategy} class on the plugin's classpath. */
  @Parameter(property = "rex.namingStrategy")
  @Nullable String namingStrategy;

  /** Where the sources are written. */
  @Parameter(
      property = "rex.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/rex")
  @Nullable File outputDirectory;

  /** Skips the goal. */
  @Parameter(property = "rex.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  @Nullable MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("rex:generate skipped.");
      return;
    }
    if (packageName == null || migrations == null || outputDirectory == null) {
      throw new MojoExecutionException("rex:generate needs <packageName>.");
    }
    try {
      GeneratorConfig config =
          GeneratorConfig.builder(TargetDialect.fromName(dialect), packageName)
              .migrations(migrations.toPath())
              .outputDirectory(outputDirectory.toPath())
              .database(url == null ? null : new JdbcTarget(url, user, password))
              .includes(orEmpty(includes))
              .excludes(orEmpty(excludes))
              .schemas(orEmpty(schemas))
              .naming(naming())
              .includePartitions(includePartitions)
              .build();
      new CodeGenerator(new MavenGeneratorLog(getLog())).generate(config);
    } catch (IOException | SQLException | RuntimeException e) {
      throw new MojoExecutionException("rex:generate failed: " + e.getMessage(), e);
    }
    if (project != null) {
      project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
  }

  private NamingStrategy naming() throws MojoExecutionException {
    if (namingStrategy == null) {
      return new DefaultNamingStrategy();
    }
    try {
      return Class.forName(namingStrategy, true, getClass().getClassLoader())
          .asSubclass(NamingStrategy.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new MojoExecutionException(
          "Cannot create naming strategy "
              + namingStrategy
              + "; it must implement NamingStrategy and have a public no-argument constructor.",
          e);
    }
  }

  private static List<String> orEmpty(@Nullable List<String> values) {
    return values == null ? List.of() : values;
  }
}
