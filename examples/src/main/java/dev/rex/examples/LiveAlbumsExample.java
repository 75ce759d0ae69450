package dev.rex.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rex.Rex;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.http.RealtimeServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A live web page on the Chinook music store: the newest albums, changing as anyone writes to the
 * {@code album} table. It migrates Chinook and the capture migration (written by {@code
 * rex:realtime}) at start-up — into an embedded SQLite file by default, or into the PostgreSQL
 * database of a {@code jdbc:postgresql:} URL — starts {@link Realtime}, and serves the page beside
 * the change stream of {@link RealtimeServer} on one Jetty server. Run it with the README's
 * realtime command and write to the database from another terminal.
 */
public final class LiveAlbumsExample implements AutoCloseable {

  /** The port {@link #main} listens on when none is given. */
  public static final int DEFAULT_PORT = 8081;

  private static final String STREAM_PATH = "/realtime";

  private final Rex db;
  private final Realtime realtime;
  private final Server server;

  private LiveAlbumsExample(Rex db, Realtime realtime, Server server) {
    this.db = db;
    this.realtime = realtime;
    this.server = server;
  }

  /** Migrates Chinook at {@code jdbcUrl} and serves the page on {@code port} (0: a free one). */
  public static LiveAlbumsExample start(String jdbcUrl, int port) {
    Rex db = Rex.connect(jdbcUrl);
    Realtime realtime = null;
    try {
      String dialect = db.dialect().name();
      db.migrate("classpath:db/migration/" + dialect, "classpath:db/realtime/" + dialect);
      realtime = Realtime.start(db);
      Table<?> album =
          dialect.equals("postgres")
              ? dev.rex.examples.chinook.snakecase.Tables.ALBUM
              : dev.rex.examples.chinook.Tables.ALBUM;
      Handler stream = RealtimeServer.builder(realtime).table(album).path(STREAM_PATH).handler();
      Server server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(port);
      server.addConnector(connector);
      server.setHandler(new Handler.Sequence(stream, new PageHandler(db, realtime, album)));
      server.start();
      return new LiveAlbumsExample(db, realtime, server);
    } catch (Exception e) {
      if (realtime != null) {
        realtime.close();
      }
      db.close();
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
  }

  /** The page, e.g. {@code http://127.0.0.1:8081/}. */
  public URI page() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /**
   * The page's HTML: the newest albums and the position they were read at, so that the browser's
   * stream starts right after it. The position is taken before the rows are read: a change in
   * between is both in the rows and in the stream, and applying it twice by key is harmless, while
   * the other order could lose it.
   */
  static String html(Rex db, Realtime realtime, Table<?> album) {
    ChangePosition position = realtime.position();
    List<Field<?>> fields = album.fields();
    Field<?> id = fields.get(0);
    List<? extends Record> rows = db.selectFrom(album).orderBy(id.desc()).limit(15).fetch();
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("stream", STREAM_PATH + "/sse/" + album.getName());
    start.put("position", position.toString());
    start.put("idColumn", id.getName());
    start.put("titleColumn", fields.get(1).getName());
    start.put("artistColumn", fields.get(2).getName());
    start.put("albums", rows.stream().map(LiveAlbumsExample::values).toList());
    try {
      String json = new ObjectMapper().writeValueAsString(start).replace("</", "<\\/");
      return template()
          .replace(
              "<!--START-->",
              "<script type=\"application/json\" id=\"start\">" + json + "</script>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> values(Record row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field<?> field : row.fields()) {
      values.put(field.getName(), row.get(field));
    }
    return values;
  }

  private static String template() throws IOException {
    try (InputStream in = LiveAlbumsExample.class.getResourceAsStream("live/index.html")) {
      if (in == null) {
        throw new IOException("live/index.html is missing from the example's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Stops the server and the change stream, and closes the database's pool. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      realtime.close();
      db.close();
    }
  }

  void printWelcome(PrintStream out) {
    out.println("Rex realtime on Chinook (" + db.dialect().name() + ")");
    out.println("  page:   " + page());
    out.println("  stream: " + page().resolve(STREAM_PATH + "/sse/album"));
    out.println("Write to the album table from elsewhere and watch the page. Stop with Ctrl-C.");
  }

  /**
   * Serves until the JVM stops. Arguments: the JDBC URL (default {@code
   * jdbc:sqlite:chinook-live.db}) and the port (default {@value #DEFAULT_PORT}).
   */
  public static void main(String[] args) throws InterruptedException {
    String url = args.length > 0 ? args[0] : "jdbc:sqlite:chinook-live.db";
    int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
    LiveAlbumsExample example = start(url, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  example.close();
                  stopped.countDown();
                }));
    example.printWelcome(System.out);
    stopped.await();
  }
}
