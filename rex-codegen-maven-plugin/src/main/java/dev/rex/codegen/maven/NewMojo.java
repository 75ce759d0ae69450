package dev.rex.codegen.maven;

import dev.rex.migrate.MigrationFiles;
import dev.rex.migrate.MigrationFiles.Versioning;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:new -Drex.name=add_invoices}: creates the next migration {@code
 * V<n>__add_invoices.sql} and its undo script {@code U<n>__add_invoices.sql}. Needs no database.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

  /** What the migration does, such as {@code add_invoices}. */
  @Parameter(property = "rex.name", required = true)
  @Nullable String name;

  /** {@code sequential} (after the highest version) or {@code timestamp} (UTC time). */
  @Parameter(property = "rex.versioning", defaultValue = "sequential")
  String versioning = "sequential";

  /** The directory of Flyway SQL migrations. */
  @Parameter(
      property = "rex.migrations",
      defaultValue = "${project.basedir}/src/main/resources/db/migration")
  @Nullable File migrations;

  Clock clock = Clock.systemUTC();

  @Override
  public void execute() throws MojoExecutionException {
    if (name == null || migrations == null) {
      throw new MojoExecutionException("rex:new needs a name: -Drex.name=add_invoices.");
    }
    try {
      MigrationFiles.Created created =
          MigrationFiles.create(migrations.toPath(), name, Versioning.fromName(versioning), clock);
      getLog().info("Created " + created.migration() + " and " + created.undo() + ".");
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("rex:new failed: " + e.getMessage(), e);
    }
  }
}
