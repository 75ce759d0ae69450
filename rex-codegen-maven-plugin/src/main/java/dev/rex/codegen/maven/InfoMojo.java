package dev.rex.codegen.maven;

import dev.rex.migrate.MigrationInfoRow;
import dev.rex.migrate.Migrations;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code rex:info}: prints applied and pending migrations as a table: version, description, type,
 * state, checksum, installed-on time (UTC) and execution time.
 */
@Mojo(name = "info", threadSafe = true)
public class InfoMojo extends DatabaseMojo {

  @Override
  String goal() {
    return "info";
  }

  @Override
  void run(Migrations commands) {
    List<MigrationInfoRow> rows = commands.info();
    long pending = rows.stream().filter(r -> r.state().equals("Pending")).count();
    getLog().info("Migrations of " + url + " from " + migrations + ":");
    MigrationInfoRow.formatTable(rows).forEach(getLog()::info);
    getLog().info(rows.size() + " migration(s), " + pending + " pending.");
  }
}
