package dev.rex.realtime.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rex.Rex;
import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.http.RealtimeAuthorizer;
import dev.rex.realtime.http.RealtimeServer;
import dev.rex.realtime.http.SocketClient;
import dev.rex.realtime.http.SseClient;
import dev.rex.testing.TestDatabases;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the HTTP suites share: a fresh Chinook database of one dialect with capture on, a Realtime,
 * servers and clients that are closed after each test, and helpers to write rows and read events.
 */
public abstract class RealtimeHttpFixture {

  protected static final Duration WAIT = Duration.ofSeconds(20);
  protected static final ObjectMapper JSON = new ObjectMapper();

  protected String url;
  protected Rex db;
  protected Realtime realtime;
  protected final List<RealtimeServer> servers = new ArrayList<>();
  protected final List<AutoCloseable> clients = new ArrayList<>();

  protected abstract String dialect();

  protected abstract Table<? extends Record> album();

  protected abstract Table<? extends Record> artist();

  @BeforeEach
  void start() {
    url = RealtimeDatabase.create(dialect(), "album", "artist", "track");
    db = Rex.connect(url);
    realtime =
        Realtime.start(db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(200)));
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable client : clients) {
      client.close();
    }
    servers.forEach(RealtimeServer::close);
    realtime.close();
    db.close();
  }

  protected RealtimeServer server(RealtimeAuthorizer authorizer) {
    RealtimeServer server =
        RealtimeServer.builder(realtime)
            .table(album())
            .tables(List.of(artist()))
            .authorizer(authorizer)
            .heartbeat(Duration.ofMillis(300))
            .maxPending(100, 64 * 1024)
            .reservedParameters("token")
            .build()
            .start();
    servers.add(server);
    return server;
  }

  protected RealtimeServer server() {
    return server(RealtimeAuthorizer.allowAll());
  }

  /** Runs SQL written with PostgreSQL Chinook's names; SQLite's spell them without underscores. */
  protected void sql(String statement) {
    TestDatabases.execute(url, dialect().equals("sqlite") ? statement.replace("_", "") : statement);
  }

  /** The SQL name of {@code table}'s column spelled {@code column} in PostgreSQL's Chinook. */
  protected static String column(Table<?> table, String column) {
    return field(table, column).getName();
  }

  protected static Field<?> field(Table<?> table, String column) {
    for (Field<?> field : table.fields()) {
      if (field.getName().replace("_", "").equalsIgnoreCase(column.replace("_", ""))) {
        return field;
      }
    }
    throw new IllegalArgumentException(column);
  }

  @SuppressWarnings("unchecked")
  protected static Condition artistIs(Table<?> album, int artist) {
    return ((Field<Integer>) field(album, "artist_id")).eq(artist);
  }

  protected URI sse(RealtimeServer server, Table<?> table, String query) {
    return URI.create(
        server.uri() + "/sse/" + table.getName() + (query.isEmpty() ? "" : "?" + query));
  }

  protected SseClient open(URI uri) throws Exception {
    return open(uri, Map.of());
  }

  protected SseClient open(URI uri, Map<String, String> headers) throws Exception {
    SseClient client = SseClient.open(uri, headers);
    clients.add(client);
    return client;
  }

  protected SocketClient socket(RealtimeServer server) throws Exception {
    SocketClient client =
        SocketClient.connect(URI.create(server.uri().toString().replace("http:", "ws:") + "/ws"));
    clients.add(client);
    return client;
  }

  protected String filter(String column, String value) {
    return URLEncoder.encode(column(album(), column), StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  protected static JsonNode data(SseClient.Event event) throws Exception {
    return JSON.readTree(event.data());
  }

  protected JsonNode value(JsonNode image, String column) {
    return image.path(column(album(), column));
  }

  protected static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
