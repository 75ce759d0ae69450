package dev.rex.codegen.maven;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.Migrator;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:migrate}: applies the Flyway SQL migrations to the database at {@code url}.
 *
 * <pre>mvn rex:migrate -Drex.url=jdbc:postgresql://localhost/app?user=app</pre>
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractMojo {

  /** The JDBC URL of the database to migrate. */
  @Parameter(property = "rex.url", required = true)
  @Nullable String url;

  /** The database user, when it is not part of the URL. */
  @Parameter(property = "rex.user")
  @Nullable String user;

  /** The database password, when it is not part of the URL. */
  @Parameter(property = "rex.password")
  @Nullable String password;

  /** The directory of Flyway SQL migrations. */
  @Parameter(
      property = "rex.migrations",
      defaultValue = "${project.basedir}/src/main/resources/db/migration")
  @Nullable File migrations;

  /** Skips the goal. */
  @Parameter(property = "rex.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("rex:migrate skipped.");
      return;
    }
    if (url == null || migrations == null) {
      throw new MojoExecutionException("rex:migrate needs <url> (or -Drex.url=...).");
    }
    try {
      int applied = Migrator.migrate(new JdbcTarget(url, user, password), migrations.toPath());
      getLog().info("Applied " + applied + " migration(s) from " + migrations + ".");
    } catch (RuntimeException e) {
      throw new MojoExecutionException("rex:migrate failed: " + e.getMessage(), e);
    }
  }
}
