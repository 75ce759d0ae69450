package dev.rex.testing.impl;

import java.util.Objects;

/** The server of a test class's backend. */
final class Servers {

  private Servers() {}

  static DatabaseServer of(TestSettings settings) {
    return switch (settings.backend()) {
      case SQLITE -> new SqliteServer();
      case URL -> new SchemaServer(Objects.requireNonNull(settings.url(), "url"));
      case TESTCONTAINERS -> ContainerServers.get(settings.image());
      case DEFAULT, EMBEDDED -> EmbeddedServer.get();
    };
  }
}
