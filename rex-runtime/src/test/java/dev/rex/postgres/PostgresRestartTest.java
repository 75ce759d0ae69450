package dev.rex.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.testing.Pools;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL server stopped and started again under a running {@link Rex}: statements fail with
 * {@link ConnectionException} during the outage, and the same instance recovers by itself once the
 * server is back. The server is a private embedded PostgreSQL with a fixed data directory and port,
 * so that it can be restarted with its data.
 */
class PostgresRestartTest {

  private Path dataDirectory;
  private int port;
  private EmbeddedPostgres server;

  @BeforeEach
  void startServer() throws IOException {
    dataDirectory = Files.createTempDirectory("rex-restart-");
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    server = start();
  }

  private EmbeddedPostgres start() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  @AfterEach
  void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Test
  void statementsFailTypedDuringAnOutageAndTheSameRexRecoversAfterARestart() throws Exception {
    String url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    RexSettings settings =
        RexSettings.defaults()
            .withMaximumPoolSize(2)
            .withConnectionTimeout(Duration.ofMillis(1000));

    try (Rex rex = Rex.connect(url, settings)) {
      rex.execute("create table probe (id integer primary key)");
      rex.execute("insert into probe values (1)");

      server.close();
      server = null;

      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> rex.fetch("select count(*) from probe"))
            .isInstanceOf(ConnectionException.class);
        assertThat(Pools.active(rex)).isZero();
      }

      server = start();

      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      Object count = null;
      while (count == null) {
        try {
          count = rex.fetch("select count(*) from probe").get(0).get(0);
        } catch (ConnectionException stillRecovering) {
          if (System.nanoTime() > deadline) {
            throw stillRecovering;
          }
          Thread.sleep(100);
        }
      }
      assertThat(((Number) count).intValue()).isEqualTo(1);
      rex.execute("insert into probe values (2)");
      assertThat(rex.fetch("select id from probe order by id")).hasSize(2);
      Pools.assertNoActiveConnections(rex);
    }
  }
}
