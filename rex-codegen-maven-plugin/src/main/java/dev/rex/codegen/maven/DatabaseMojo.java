package dev.rex.codegen.maven;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.Migrator;
import dev.rex.migrate.MigrationException;
import dev.rex.migrate.Migrations;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The parameters every goal that works on a real database shares, and their checks. A subclass only
 * runs its command: a {@link MigrationException} (a failed migration or undo, a checksum mismatch,
 * a missing undo script) fails the build with Rex's message; bad configuration is an execution
 * error.
 */
abstract class DatabaseMojo extends AbstractMojo {

  /** The JDBC URL of the database. */
  @Parameter(property = "rex.url", required = true)
  @Nullable String url;

  /** The database user, when it is not part of the URL. */
  @Parameter(property = "rex.user")
  @Nullable String user;

  /** The database password, when it is not part of the URL. */
  @Parameter(property = "rex.password")
  @Nullable String password;

  /** The directory of Flyway SQL migrations and their {@code U} undo scripts. */
  @Parameter(
      property = "rex.migrations",
      defaultValue = "${project.basedir}/src/main/resources/db/migration")
  @Nullable File migrations;

  /** Skips the goal. */
  @Parameter(property = "rex.skip", defaultValue = "false")
  boolean skip;

  /** The goal's name, as in {@code rex:<goal>}. */
  abstract String goal();

  /** Runs the goal's command. */
  abstract void run(Migrations migrations);

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("rex:" + goal() + " skipped.");
      return;
    }
    if (url == null || migrations == null) {
      throw new MojoExecutionException("rex:" + goal() + " needs <url> (or -Drex.url=...).");
    }
    Migrations commands;
    try {
      commands = Migrator.migrations(new JdbcTarget(url, user, password), migrations.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("rex:" + goal() + " failed: " + e.getMessage(), e);
    }
    try {
      run(commands);
    } catch (MigrationException e) {
      throw new MojoFailureException("rex:" + goal() + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("rex:" + goal() + " failed: " + e.getMessage(), e);
    }
  }
}
