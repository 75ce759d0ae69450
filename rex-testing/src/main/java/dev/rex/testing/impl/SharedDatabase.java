package dev.rex.testing.impl;

/**
 * A migrated database that the {@link dev.rex.testing.TestIsolation#ROLLBACK} test classes with the
 * same settings share during one test run; closing it drops it.
 */
public final class SharedDatabase implements AutoCloseable {

  private final DatabaseServer server;
  private final String url;

  private SharedDatabase(DatabaseServer server, String url) {
    this.server = server;
    this.url = url;
  }

  /** Creates and migrates a database for {@code settings}. */
  public static SharedDatabase create(TestSettings settings) {
    Migrator.check(settings.migrations());
    DatabaseServer server = Servers.of(settings);
    String url = server.create();
    try {
      Migrator.migrate(url, settings.migrations());
    } catch (RuntimeException e) {
      try {
        server.drop(url);
      } catch (RuntimeException dropFailure) {
        e.addSuppressed(dropFailure);
      }
      throw e;
    }
    return new SharedDatabase(server, url);
  }

  /** Its JDBC URL. */
  public String url() {
    return url;
  }

  @Override
  public void close() {
    server.drop(url);
  }
}
