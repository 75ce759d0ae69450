package dev.rex.codegen;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of test resources on disk, for Flyway's {@code filesystem:} locations. */
final class TestResources {

  private TestResources() {}

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
