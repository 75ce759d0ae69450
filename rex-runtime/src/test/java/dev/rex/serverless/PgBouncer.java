package dev.rex.serverless;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PgBouncer in transaction mode on a free loopback port, in front of the tests' PostgreSQL:
 * Debian's {@code pgbouncer} package, started for the test and stopped after it. As root it runs as
 * {@code nobody} (PgBouncer refuses to run as root).
 */
final class PgBouncer implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path directory;

  private PgBouncer(Process process, int port, Path directory) {
    this.process = process;
    this.port = port;
    this.directory = directory;
  }

  /** The pgbouncer binary, if this machine has one. */
  static Optional<Path> binary() {
    for (String candidate : new String[] {"/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"}) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /** Starts PgBouncer in front of the server of {@code postgresUrl}, with one server connection. */
  static PgBouncer start(Path binary, String postgresUrl) throws IOException, InterruptedException {
    URI uri = URI.create(postgresUrl.substring("jdbc:".length()));
    String user = parameter(uri.getQuery(), "user").orElse("postgres");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path directory = Files.createTempDirectory("rex-pgbouncer-");
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path users = directory.resolve("users.txt");
    Files.writeString(users, "\"" + user + "\" \"\"\n");
    Path ini = directory.resolve("pgbouncer.ini");
    Files.writeString(
        ini,
        String.join(
            "\n",
            "[databases]",
            "* = host=" + uri.getHost() + " port=" + uri.getPort(),
            "[pgbouncer]",
            "listen_addr = 127.0.0.1",
            "listen_port = " + port,
            "unix_socket_dir =",
            "auth_type = trust",
            "auth_file = " + users,
            "pool_mode = transaction",
            "default_pool_size = 1",
            "max_client_conn = 100",
            "ignore_startup_parameters = extra_float_digits,options",
            "logfile = " + directory.resolve("pgbouncer.log"),
            ""));
    for (Path file : new Path[] {users, ini}) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
    ProcessBuilder builder =
        isRoot()
            ? new ProcessBuilder(binary.toString(), "-u", "nobody", ini.toString())
            : new ProcessBuilder(binary.toString(), ini.toString());
    Process process = builder.redirectErrorStream(true).start();
    PgBouncer bouncer = new PgBouncer(process, port, directory);
    bouncer.awaitListening();
    return bouncer;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static Optional<String> parameter(String query, String name) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(parts[1]);
      }
    }
    return Optional.empty();
  }

  private void awaitListening() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "pgbouncer exited: " + new String(process.getInputStream().readAllBytes()));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IOException("pgbouncer did not listen on port " + port + " within 10 s");
  }

  /** A JDBC URL of {@code database} through this PgBouncer. */
  String url(String postgresUrl) {
    URI uri = URI.create(postgresUrl.substring("jdbc:".length()));
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + uri.getPath()
        + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory
    }
  }
}
