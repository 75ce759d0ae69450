package dev.rex.serverless;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary and its streaming replica, each a cluster of its own on a free loopback
 * port: {@code initdb} makes the primary (replication allowed from 127.0.0.1), {@code pg_basebackup
 * -R} copies it into a standby that follows it. Made from the machine's PostgreSQL binaries for the
 * test and removed after it; as root they run as the {@code postgres} user, since PostgreSQL
 * refuses to run as root. The machine's own server is not touched.
 */
final class StreamingReplica implements AutoCloseable {

  private final Path bin;
  private final Path directory;
  private final int primaryPort;
  private final int replicaPort;

  private StreamingReplica(Path bin, Path directory, int primaryPort, int replicaPort) {
    this.bin = bin;
    this.directory = directory;
    this.primaryPort = primaryPort;
    this.replicaPort = replicaPort;
  }

  /** The directory of PostgreSQL's server binaries, if this machine has them. */
  static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("pg_basebackup")))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.naturalOrder());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Why this machine cannot run the pair, or empty when it can. */
  static Optional<String> unavailable() {
    if (binaries().isEmpty()) {
      return Optional.of(
          "no PostgreSQL server binaries with pg_basebackup under /usr/lib/postgresql");
    }
    if (isRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
      return Optional.of("running as root without runuser to start PostgreSQL as another user");
    }
    return Optional.empty();
  }

  static StreamingReplica start() throws IOException, InterruptedException {
    Path bin = binaries().orElseThrow();
    Path directory = Files.createTempDirectory("rex-replica-");
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
    StreamingReplica pair = new StreamingReplica(bin, directory, freePort(), freePort());
    try {
      pair.startPrimary();
      pair.run(
          "pg_basebackup",
          "-h",
          "127.0.0.1",
          "-p",
          String.valueOf(pair.primaryPort),
          "-U",
          "rex",
          "-D",
          pair.replica().toString(),
          "-R",
          "-X",
          "stream",
          "--no-sync");
      pair.appendConfig(pair.replica(), pair.replicaPort);
      pair.startReplica();
      return pair;
    } catch (IOException | InterruptedException | RuntimeException e) {
      pair.close();
      throw e;
    }
  }

  private void startPrimary() throws IOException, InterruptedException {
    run(
        "initdb",
        "-D",
        primary().toString(),
        "-U",
        "rex",
        "--auth=trust",
        "-E",
        "UTF8",
        "--no-sync");
    appendConfig(primary(), primaryPort);
    Files.writeString(
        primary().resolve("pg_hba.conf"),
        "local all all trust\n"
            + "host all all 127.0.0.1/32 trust\n"
            + "host replication all 127.0.0.1/32 trust\n");
    run(
        "pg_ctl",
        "-D",
        primary().toString(),
        "-l",
        directory.resolve("primary.log").toString(),
        "-w",
        "start");
  }

  /** Starts the replica again after {@link #stopReplica}. */
  void startReplica() throws IOException, InterruptedException {
    run(
        "pg_ctl",
        "-D",
        replica().toString(),
        "-l",
        directory.resolve("replica.log").toString(),
        "-w",
        "start");
  }

  /** Stops the replica at once, as a crash would. */
  void stopReplica() throws IOException, InterruptedException {
    run("pg_ctl", "-D", replica().toString(), "-m", "immediate", "-w", "stop");
  }

  String primaryUrl() {
    return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres?user=rex";
  }

  String replicaUrl() {
    return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/postgres?user=rex";
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  void awaitReplay() throws SQLException, InterruptedException {
    String target;
    try (Connection primary = DriverManager.getConnection(primaryUrl());
        Statement statement = primary.createStatement();
        ResultSet rows = statement.executeQuery("select pg_current_wal_lsn()::text")) {
      rows.next();
      target = rows.getString(1);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (Connection replica = DriverManager.getConnection(replicaUrl());
        Statement statement = replica.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rows =
            statement.executeQuery("select pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn")) {
          rows.next();
          if (rows.getBoolean(1)) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("The replica did not replay up to " + target + " in 30 s");
  }

  private Path primary() {
    return directory.resolve("primary");
  }

  private Path replica() {
    return directory.resolve("replica");
  }

  private void appendConfig(Path cluster, int port) throws IOException {
    Files.writeString(
        cluster.resolve("postgresql.conf"),
        "\nport = "
            + port
            + "\nlisten_addresses = '127.0.0.1'"
            + "\nunix_socket_directories = '"
            + directory
            + "'"
            + "\nfsync = off"
            + "\nwal_level = replica"
            + "\nmax_wal_senders = 4"
            + "\nhot_standby = on\n",
        java.nio.file.StandardOpenOption.APPEND);
  }

  private void run(String tool, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(tool + " failed: " + output + logs());
    }
  }

  private String logs() {
    StringBuilder text = new StringBuilder();
    for (String log : new String[] {"primary.log", "replica.log"}) {
      Path file = directory.resolve(log);
      try {
        if (Files.exists(file)) {
          text.append("\n--- ").append(log).append('\n').append(Files.readString(file));
        }
      } catch (IOException e) {
        text.append("\n(").append(log).append(" unreadable)");
      }
    }
    return text.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  @Override
  public void close() {
    for (Path cluster : new Path[] {replica(), primary()}) {
      if (Files.exists(cluster.resolve("postmaster.pid"))) {
        try {
          run("pg_ctl", "-D", cluster.toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException | RuntimeException ignored) {
          // removed below either way
        }
      }
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory
    }
  }
}
