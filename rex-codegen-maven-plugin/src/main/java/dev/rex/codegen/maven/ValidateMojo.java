package dev.rex.codegen.maven;

import dev.rex.migrate.Migrations;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code rex:validate}: fails the build, naming the files, when applied migrations no longer match
 * their files (edited after they were applied, deleted, or failed). Pending migrations are fine.
 */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends DatabaseMojo {

  @Override
  String goal() {
    return "validate";
  }

  @Override
  void run(Migrations commands) {
    commands.validate();
    getLog().info("Applied migrations match their files in " + migrations + ".");
  }
}
