package dev.rex.codegen.maven;

import dev.rex.migrate.Migrations;
import org.apache.maven.plugins.annotations.Mojo;
import org.flywaydb.core.api.output.RepairResult;

/**
 * {@code rex:repair}: Flyway's repair with Rex's configuration: removes failed entries from the
 * history and accepts the current files' checksums.
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends DatabaseMojo {

  @Override
  String goal() {
    return "repair";
  }

  @Override
  void run(Migrations commands) {
    RepairResult result = commands.repair();
    getLog()
        .info(
            "Repaired the migration history: "
                + result.migrationsRemoved.size()
                + " failed removed, "
                + result.migrationsAligned.size()
                + " checksum(s) realigned.");
  }
}
