package dev.rex.codegen;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of test resources on disk, for Flyway's {@code filesystem:} locations. */
final class TestResources {

  private TestResources() {}

  /**
   * The Chinook migrations of a dialect: the project's own, in the {@code db} module, so that the
   * generator is tested on exactly what the examples and integration tests use.
   */
  static Path chinook(String dialect) {
    Path migrations = Path.of("..", "db", "src", "main", "resources", "db", "migration", dialect);
    if (!migrations.toFile().isDirectory()) {
      throw new IllegalStateException("No Chinook migrations at " + migrations.toAbsolutePath());
    }
    return migrations.toAbsolutePath().normalize();
  }

  static Path path(String resource) {
    URL url = TestResources.class.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("No test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
