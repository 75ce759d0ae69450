package dev.rex.codegen.maven;

import dev.rex.codegen.GeneratorConfig;
import dev.rex.codegen.GraphQLOptions;
import dev.rex.codegen.TargetDialects;
import dev.rex.dsl.spi.Dialects;
import java.io.File;
import java.io.IOException;
import java.sql.SQLException;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:generate}: migrates a throwaway database with the project's Flyway migrations, reads
 * it and writes typed Rex sources, which become a compile source root. With GraphQL output on, it
 * also writes {@code schema.graphqls} and the {@code GraphQLCatalog} class, and adds the generated
 * resources directory (which holds the schema too) to the project's resources. Nothing happens when
 * the migrations and configuration did not change since the last run.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class GenerateMojo extends GeneratorMojo {

  /** Where the sources are written. */
  @Parameter(
      property = "rex.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/rex")
  @Nullable File outputDirectory;

  /**
   * Whether to write the GraphQL schema and {@code GraphQLCatalog}. Unset: on when the project
   * depends on {@code dev.rex:rex-graphql}.
   */
  @Parameter(property = "rex.graphql")
  @Nullable Boolean graphql;

  /** Where {@code <package>/schema.graphqls} is written for the classpath. */
  @Parameter(
      property = "rex.resourcesDirectory",
      defaultValue = "${project.build.directory}/generated-resources/rex")
  @Nullable File resourcesDirectory;

  /** This plugin, whose version the missing-dependency message names. */
  @Parameter(defaultValue = "${plugin}", readonly = true)
  @Nullable PluginDescriptor pluginDescriptor;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("rex:generate skipped.");
      return;
    }
    if (packageName == null
        || migrations == null
        || outputDirectory == null
        || resourcesDirectory == null) {
      throw new MojoExecutionException("rex:generate needs <packageName>.");
    }
    if (project != null) {
      String missing =
          RuntimeDependency.missingFrom(
              project.getArtifacts(),
              pluginDescriptor == null ? "…" : pluginDescriptor.getVersion(),
              driverArtifact());
      if (missing != null) {
        throw new MojoExecutionException(missing);
      }
    }
    boolean withGraphql = graphql == null ? projectUsesRexGraphql() : graphql;
    try {
      GeneratorConfig config =
          config(packageName, migrations)
              .outputDirectory(outputDirectory.toPath())
              .graphql(
                  withGraphql ? new GraphQLOptions(resourcesDirectory.toPath(), overrides()) : null)
              .build();
      generator().generate(config);
    } catch (IOException | SQLException | RuntimeException e) {
      throw new MojoExecutionException("rex:generate failed: " + e.getMessage(), e);
    }
    if (project != null) {
      project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
      if (withGraphql) {
        addResource(resourcesDirectory.getAbsolutePath());
      }
    }
  }

  /** The coordinates of the JDBC driver of the configured dialect, or null when unknown. */
  private @Nullable String driverArtifact() {
    try {
      return Dialects.named(TargetDialects.named(dialect).configName()).driverArtifact();
    } catch (RuntimeException unknown) {
      return null; // a dialect the runtime does not have installed here; the check names none
    }
  }

  private void addResource(String directory) {
    if (project == null
        || project.getResources().stream().anyMatch(r -> directory.equals(r.getDirectory()))) {
      return;
    }
    Resource resource = new Resource();
    resource.setDirectory(directory);
    project.addResource(resource);
  }
}
