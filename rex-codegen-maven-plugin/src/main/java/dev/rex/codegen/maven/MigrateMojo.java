package dev.rex.codegen.maven;

import dev.rex.migrate.Migrations;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code rex:migrate}: applies the pending Flyway SQL migrations to the database at {@code url},
 * each in its own transaction.
 *
 * <pre>mvn rex:migrate -Drex.url=jdbc:postgresql://localhost/app?user=app</pre>
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends DatabaseMojo {

  @Override
  String goal() {
    return "migrate";
  }

  @Override
  void run(Migrations commands) {
    int applied = commands.migrate();
    getLog().info("Applied " + applied + " migration(s) from " + migrations + ".");
  }
}
