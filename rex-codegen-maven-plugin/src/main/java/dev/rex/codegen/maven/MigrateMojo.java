package dev.rex.codegen.maven;

import dev.rex.migrate.Migrations;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:migrate}: applies the pending Flyway SQL migrations to the database at {@code url},
 * each in its own transaction; with {@code -Drex.target=V}, only those up to version {@code V}.
 *
 * <pre>mvn rex:migrate -Drex.url=jdbc:postgresql://localhost/app?user=app -Drex.target=3</pre>
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends DatabaseMojo {

  /** The version to stop at (included); default: apply every pending migration. */
  @Parameter(property = "rex.target")
  @Nullable String target;

  @Override
  String goal() {
    return "migrate";
  }

  @Override
  void run(Migrations commands) {
    int applied = commands.withTargetVersion(target).migrate();
    getLog()
        .info(
            "Applied "
                + applied
                + " migration(s) from "
                + migrations
                + (target == null ? "" : ", up to version " + target.strip())
                + ".");
  }
}
