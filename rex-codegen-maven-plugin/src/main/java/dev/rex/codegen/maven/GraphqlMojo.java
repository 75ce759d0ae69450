package dev.rex.codegen.maven;

import dev.rex.codegen.GraphQLOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:graphql}: reads the schema as {@code rex:generate} does (a throwaway database migrated
 * with the project's migrations, or {@code url}) and prints the GraphQL schema it derives, with the
 * same naming overrides, to the build log, or writes it to {@code -Drex.output=schema.graphql}.
 * Nothing else is written and no up-to-date check is made.
 */
@Mojo(name = "graphql", threadSafe = true)
public class GraphqlMojo extends GeneratorMojo {

  /** Writes the SDL to this file instead of the log. */
  @Parameter(property = "rex.output")
  @Nullable File output;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("rex:graphql skipped.");
      return;
    }
    if (migrations == null) {
      throw new MojoExecutionException("rex:graphql needs <migrations>.");
    }
    String sdl;
    try {
      // The package only names generated classes, which this goal does not write.
      String pkg = packageName == null ? "rex.graphql" : packageName;
      sdl =
          generator()
              .graphqlSchema(
                  config(pkg, migrations)
                      .graphql(GraphQLOptions.defaults().withOverrides(overrides()))
                      .build());
    } catch (IOException | SQLException | RuntimeException e) {
      throw new MojoExecutionException("rex:graphql failed: " + e.getMessage(), e);
    }
    if (output == null) {
      getLog().info("The GraphQL schema:\n" + sdl);
      return;
    }
    try {
      Path file = output.toPath().toAbsolutePath();
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, sdl, StandardCharsets.UTF_8);
      getLog().info("Wrote the GraphQL schema to " + file + ".");
    } catch (IOException e) {
      throw new MojoExecutionException("rex:graphql cannot write " + output + ": " + e, e);
    }
  }
}
