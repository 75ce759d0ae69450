package dev.rex.testing;

import java.util.Locale;

/** Where {@link RexTest}'s database runs. */
public enum Backend {
  /** The backend {@code rex.testing.backend} ({@code REX_TESTING_BACKEND}) names, else embedded. */
  DEFAULT,
  /** PostgreSQL started from zonky's embedded binaries, once per JVM; needs no Docker. */
  EMBEDDED,
  /** A SQLite database in a temporary file; needs {@code org.xerial:sqlite-jdbc}. */
  SQLITE,
  /**
   * An existing PostgreSQL server ({@link RexTest#url()}): each database is a new schema there,
   * dropped when the tests are done.
   */
  URL,
  /**
   * PostgreSQL in a Docker container started by Testcontainers, once per image and JVM; needs
   * {@code org.testcontainers:postgresql} and a Docker daemon (without one the tests are skipped).
   */
  TESTCONTAINERS;

  /** The image {@link #TESTCONTAINERS} runs when none is configured. */
  public static final String DEFAULT_IMAGE = "postgres:17";

  /**
   * The backend named {@code name} (case-insensitive), as configuration properties spell it.
   *
   * @throws RexTestConfigurationException for an unknown name
   */
  public static Backend named(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (Backend backend : values()) {
      if (backend != DEFAULT && backend.name().toLowerCase(Locale.ROOT).equals(key)) {
        return backend;
      }
    }
    throw new RexTestConfigurationException(
        "Unknown Rex test backend '" + name + "': use embedded, sqlite, url or testcontainers.");
  }
}
