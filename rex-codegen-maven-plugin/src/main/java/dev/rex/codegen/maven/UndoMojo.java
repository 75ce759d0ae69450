package dev.rex.codegen.maven;

import dev.rex.migrate.Migrations;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:undo}: rolls back the latest applied migration, or every one above {@code
 * -Drex.target=V}, with the {@code U<version>__<description>.sql} scripts kept beside the {@code V}
 * scripts. The scripts run and the history rows go in one transaction; a missing undo script is
 * reported before anything runs.
 */
@Mojo(name = "undo", threadSafe = true)
public class UndoMojo extends DatabaseMojo {

  /** Undo down to (and not including) this version; default: only the latest migration. */
  @Parameter(property = "rex.target")
  @Nullable String target;

  @Override
  String goal() {
    return "undo";
  }

  @Override
  void run(Migrations commands) {
    List<String> undone = commands.undo(target);
    getLog()
        .info(
            undone.isEmpty()
                ? "Nothing to undo."
                : "Undid " + undone.size() + " migration(s): " + String.join(", ", undone) + ".");
  }
}
