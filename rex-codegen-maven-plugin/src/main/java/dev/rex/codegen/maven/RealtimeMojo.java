package dev.rex.codegen.maven;

import dev.rex.codegen.RealtimeMigration;
import dev.rex.codegen.TargetDialects;
import dev.rex.migrate.MigrationException;
import dev.rex.migrate.MigrationFiles.Versioning;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:realtime -Drex.tables=album,track}: writes the next migration, {@code
 * V<n>__rex_realtime_album_track.sql}, which creates rex-realtime's change log and the triggers
 * that capture the tables' changes. The SQL is computed against a throwaway database of the
 * project's dialect migrated with the project's migrations. Running it again writes a new migration
 * that replaces the triggers; no undo script is written.
 */
@Mojo(name = "realtime", threadSafe = true)
public class RealtimeMojo extends AbstractMojo {

  /** The tables to capture, comma-separated; a name may be qualified: {@code sales.invoice}. */
  @Parameter(property = "rex.tables")
  @Nullable List<String> tables;

  /**
   * The database: {@code postgres} (the default) or {@code sqlite}, or the name of a dialect from
   * another artifact added to the plugin's dependencies ({@code mysql}).
   */
  @Parameter(property = "rex.dialect")
  @Nullable String dialect;

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
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> names =
        GeneratorMojo.orEmpty(tables).stream()
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .toList();
    if (names.isEmpty() || migrations == null) {
      throw new MojoExecutionException(
          "rex:realtime needs the tables to capture: -Drex.tables=album,track.");
    }
    try {
      Path written =
          new RealtimeMigration(new MavenGeneratorLog(getLog()))
              .write(
                  TargetDialects.named(dialect),
                  migrations.toPath(),
                  names,
                  Versioning.fromName(versioning),
                  clock);
      getLog().info("Wrote " + written + ".");
    } catch (IllegalArgumentException | MigrationException e) {
      throw new MojoFailureException("rex:realtime failed: " + e.getMessage(), e);
    } catch (IOException | SQLException | RuntimeException e) {
      throw new MojoExecutionException("rex:realtime failed: " + e.getMessage(), e);
    }
  }
}
