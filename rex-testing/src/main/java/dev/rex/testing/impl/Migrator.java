package dev.rex.testing.impl;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.testing.RexTestConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Applies a test class's migrations to a new database, after checking that they are there. */
final class Migrator {

  private Migrator() {}

  /**
   * Checks that every location exists.
   *
   * @throws RexTestConfigurationException naming the first one that does not
   */
  static void check(List<String> locations) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (String location : locations) {
      boolean found;
      if (location.startsWith("filesystem:")) {
        found = Files.isDirectory(Path.of(location.substring("filesystem:".length())));
      } else {
        String path = location.startsWith("classpath:") ? location.substring(10) : location;
        while (path.startsWith("/")) {
          path = path.substring(1);
        }
        found = loader != null && loader.getResource(path) != null;
      }
      if (!found) {
        throw new RexTestConfigurationException(
            "No migrations at "
                + location
                + ": put the Flyway scripts there (src/main/resources/db/migration or"
                + " src/test/resources/db/migration for the default), or name their locations in"
                + " @RexTest(migrations = ...), or give an empty array for none.");
      }
    }
  }

  /** Applies {@code locations} to the database at {@code url}. */
  static void migrate(String url, List<String> locations) {
    if (locations.isEmpty()) {
      return;
    }
    try (Rex db = Rex.connect(url, RexSettings.defaults().withMaximumPoolSize(3))) {
      db.migrate(locations.toArray(String[]::new));
    }
  }
}
