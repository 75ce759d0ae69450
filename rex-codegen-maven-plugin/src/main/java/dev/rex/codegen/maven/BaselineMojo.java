package dev.rex.codegen.maven;

import dev.rex.migrate.Migrations;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code rex:baseline}: Flyway's baseline with Rex's configuration: marks an existing database as
 * being at {@code baselineVersion}, so that only later migrations are applied to it.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends DatabaseMojo {

  /** The version the existing database is at. */
  @Parameter(property = "rex.baselineVersion", defaultValue = "1")
  String baselineVersion = "1";

  @Override
  String goal() {
    return "baseline";
  }

  @Override
  void run(Migrations commands) {
    commands.withBaselineVersion(baselineVersion).baseline();
    getLog().info("Baselined " + url + " at version " + baselineVersion + ".");
  }
}
