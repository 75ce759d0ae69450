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
import dev.rex.realtime.http.RealtimeAccess;
import dev.rex.realtime.http.RealtimeAuthorizer;
import dev.rex.realtime.http.RealtimeServer;
import dev.rex.realtime.http.SocketClient;
import dev.rex.realtime.http.SseClient;
import dev.rex.testing.TestDatabases;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP face of Realtime on one dialect: Server-Sent Events and WebSocket clients receive
 * changes as JSON, filter them by column, resume without loss, are authorized, and are cut off when
 * they cannot keep up.
 */
public abstract class RealtimeHttpSuite {

  protected static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  private String url;
  private Rex db;
  private Realtime realtime;
  private final List<RealtimeServer> servers = new ArrayList<>();
  private final List<AutoCloseable> clients = new ArrayList<>();

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

  private RealtimeServer server(RealtimeAuthorizer authorizer) {
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

  private RealtimeServer server() {
    return server(RealtimeAuthorizer.allowAll());
  }

  /** Runs SQL written with PostgreSQL Chinook's names; SQLite's spell them without underscores. */
  private void sql(String statement) {
    TestDatabases.execute(url, dialect().equals("sqlite") ? statement.replace("_", "") : statement);
  }

  /** The SQL name of {@code table}'s column spelled {@code column} in PostgreSQL's Chinook. */
  private static String column(Table<?> table, String column) {
    return field(table, column).getName();
  }

  private static Field<?> field(Table<?> table, String column) {
    for (Field<?> field : table.fields()) {
      if (field.getName().replace("_", "").equalsIgnoreCase(column.replace("_", ""))) {
        return field;
      }
    }
    throw new IllegalArgumentException(column);
  }

  @SuppressWarnings("unchecked")
  private static Condition artistIs(Table<?> album, int artist) {
    return ((Field<Integer>) field(album, "artist_id")).eq(artist);
  }

  private URI sse(RealtimeServer server, Table<?> table, String query) {
    return URI.create(
        server.uri() + "/sse/" + table.getName() + (query.isEmpty() ? "" : "?" + query));
  }

  private SseClient open(URI uri) throws Exception {
    return open(uri, Map.of());
  }

  private SseClient open(URI uri, Map<String, String> headers) throws Exception {
    SseClient client = SseClient.open(uri, headers);
    clients.add(client);
    return client;
  }

  private SocketClient socket(RealtimeServer server) throws Exception {
    SocketClient client =
        SocketClient.connect(URI.create(server.uri().toString().replace("http:", "ws:") + "/ws"));
    clients.add(client);
    return client;
  }

  private String filter(String column, String value) {
    return URLEncoder.encode(column(album(), column), StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonNode data(SseClient.Event event) throws Exception {
    return JSON.readTree(event.data());
  }

  private JsonNode value(JsonNode image, String column) {
    return image.path(column(album(), column));
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  @Test
  void sseDeliversInsertUpdateAndDeleteWithPositionsAsIds() throws Exception {
    RealtimeServer server = server();
    SseClient client = open(sse(server, album(), ""));
    await("subscribed", () -> realtime.subscriberCount() == 1);

    sql("insert into album (album_id, title, artist_id) values (900, 'Before', 1)");
    sql("update album set title = 'After' where album_id = 900");
    sql("delete from album where album_id = 900");

    SseClient.Event insert = client.next(WAIT);
    JsonNode inserted = data(insert);
    assertThat(insert.type()).isEqualTo("change");
    assertThat(insert.id()).isEqualTo(inserted.get("position").asText());
    assertThat(inserted.get("table").asText()).isEqualTo(album().getName());
    assertThat(inserted.get("operation").asText()).isEqualTo("INSERT");
    assertThat(value(inserted.get("new"), "album_id").isInt()).isTrue();
    assertThat(value(inserted.get("new"), "album_id").asInt()).isEqualTo(900);
    assertThat(value(inserted.get("new"), "title").asText()).isEqualTo("Before");
    assertThat(inserted.get("old").isNull()).isTrue();
    assertThat(inserted.get("changedAt").asText()).endsWith("Z");

    JsonNode updated = data(client.next(WAIT));
    assertThat(updated.get("operation").asText()).isEqualTo("UPDATE");
    assertThat(value(updated.get("old"), "title").asText()).isEqualTo("Before");
    assertThat(value(updated.get("new"), "title").asText()).isEqualTo("After");
    assertThat(updated.get("position").asLong()).isGreaterThan(inserted.get("position").asLong());

    SseClient.Event delete = client.next(WAIT);
    JsonNode deleted = data(delete);
    assertThat(deleted.get("operation").asText()).isEqualTo("DELETE");
    assertThat(deleted.get("new").isNull()).isTrue();
    assertThat(value(deleted.get("old"), "title").asText()).isEqualTo("After");
    assertThat(client.lastEventId()).isEqualTo(delete.id());
    assertThat(client.retry()).isEqualTo(1000);
  }

  @Test
  void sseResumesWithLastEventIdWithExactlyTheMissedChanges() throws Exception {
    RealtimeServer server = server();
    SseClient first = open(sse(server, album(), ""));
    await("subscribed", () -> realtime.subscriberCount() == 1);
    sql("insert into album (title, artist_id) values ('One', 1)");
    assertThat(value(data(first.next(WAIT)).get("new"), "title").asText()).isEqualTo("One");
    String lastId = first.lastEventId();
    first.close();
    await("the server noticed the client left", () -> realtime.subscriberCount() == 0);

    sql("insert into album (title, artist_id) values ('Two', 1)");
    sql("insert into album (title, artist_id) values ('Three', 1)");

    SseClient again = open(sse(server, album(), ""), Map.of("Last-Event-ID", lastId));
    List<String> titles = new ArrayList<>();
    titles.add(value(data(again.next(WAIT)).get("new"), "title").asText());
    titles.add(value(data(again.next(WAIT)).get("new"), "title").asText());
    sql("insert into album (title, artist_id) values ('Four', 1)");
    titles.add(value(data(again.next(WAIT)).get("new"), "title").asText());
    assertThat(titles).containsExactly("Two", "Three", "Four");
    assertThat(again.poll(Duration.ofMillis(500))).isNull();
  }

  @Test
  void sseResumesAfterAPositionGivenAsParameter() throws Exception {
    RealtimeServer server = server();
    long before = realtime.position().value();
    sql("insert into album (title, artist_id) values ('Missed', 1)");
    SseClient client = open(sse(server, album(), "after=" + before));
    assertThat(value(data(client.next(WAIT)).get("new"), "title").asText()).isEqualTo("Missed");
  }

  @Test
  void sseFiltersByTypedColumnValues() throws Exception {
    RealtimeServer server = server();
    SseClient client =
        open(sse(server, album(), filter("artist_id", "2") + "&" + filter("title", "Kept")));
    await("subscribed", () -> realtime.subscriberCount() == 1);
    sql("insert into album (title, artist_id) values ('Kept', 1)");
    sql("insert into album (title, artist_id) values ('Other', 2)");
    sql("insert into album (title, artist_id) values ('Kept', 2)");
    JsonNode change = data(client.next(WAIT));
    assertThat(value(change.get("new"), "artist_id").asInt()).isEqualTo(2);
    assertThat(value(change.get("new"), "title").asText()).isEqualTo("Kept");
    assertThat(client.poll(Duration.ofMillis(500))).isNull();
  }

  @Test
  void sseRefusesUnknownColumnsValuesAndTablesWithASentence() throws Exception {
    RealtimeServer server = server();
    HttpResponse<String> column = SseClient.get(sse(server, album(), "nope=1"), Map.of());
    assertThat(column.statusCode()).isEqualTo(400);
    assertThat(column.body()).contains("no column 'nope'");

    HttpResponse<String> value =
        SseClient.get(sse(server, album(), filter("artist_id", "abc")), Map.of());
    assertThat(value.statusCode()).isEqualTo(400);
    assertThat(value.body()).contains("'abc' is not a value of the column");

    HttpResponse<String> after = SseClient.get(sse(server, album(), "after=x"), Map.of());
    assertThat(after.statusCode()).isEqualTo(400);

    HttpResponse<String> table = SseClient.get(URI.create(server.uri() + "/sse/invoice"), Map.of());
    assertThat(table.statusCode()).isEqualTo(404);
    assertThat(table.body()).contains("no table 'invoice'");
    assertThat(realtime.subscriberCount()).isZero();
  }

  @Test
  void authorizerDeniesWith403AndNarrowsRowsAndColumns() throws Exception {
    Set<String> seenTokens = new HashSet<>();
    RealtimeServer server =
        server(
            (request, table) -> {
              String token = request.queryParameter("token");
              seenTokens.add(String.valueOf(token));
              if (!"secret".equals(request.header("Authorization"))) {
                return RealtimeAccess.denied("Show your secret.");
              }
              return RealtimeAccess.allowed()
                  .rows(artistIs(table, 2))
                  .hiding(column(table, "title"));
            });
    HttpResponse<String> denied = SseClient.get(sse(server, album(), "token=t1"), Map.of());
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body()).contains("Show your secret.");

    SseClient client = open(sse(server, album(), "token=t2"), Map.of("Authorization", "secret"));
    await("subscribed", () -> realtime.subscriberCount() == 1);
    sql("insert into album (title, artist_id) values ('Hidden artist', 1)");
    sql("insert into album (title, artist_id) values ('Hidden title', 2)");
    JsonNode change = data(client.next(WAIT));
    assertThat(value(change.get("new"), "artist_id").asInt()).isEqualTo(2);
    assertThat(change.get("new").has(column(album(), "title"))).isFalse();
    assertThat(change.get("new").has(column(album(), "album_id"))).isTrue();
    assertThat(client.poll(Duration.ofMillis(500))).isNull();
    assertThat(seenTokens).containsExactlyInAnyOrder("t1", "t2");
  }

  @Test
  void aThrowingRowCheckEndsOnlyItsOwnClient() throws Exception {
    RealtimeServer server =
        server(
            (request, table) ->
                "bad".equals(request.header("X-Client"))
                    ? RealtimeAccess.allowed()
                        .rowCheck(
                            record -> {
                              throw new IllegalStateException("row check broke");
                            })
                    : RealtimeAccess.allowed());
    SseClient bad = open(sse(server, album(), ""), Map.of("X-Client", "bad"));
    SseClient good = open(sse(server, album(), ""), Map.of("X-Client", "good"));
    await("subscribed", () -> realtime.subscriberCount() == 2);

    sql("insert into album (title, artist_id) values ('First', 1)");
    assertThat(value(data(good.next(WAIT)).get("new"), "title").asText()).isEqualTo("First");
    SseClient.Event end = bad.next(WAIT);
    assertThat(end.type()).isEqualTo("end");
    assertThat(data(end).get("reason").asText()).isEqualTo("LISTENER_FAILED");
    assertThat(bad.awaitEnd(WAIT)).as("the bad client's stream closed").isTrue();

    sql("insert into album (title, artist_id) values ('Second', 1)");
    assertThat(value(data(good.next(WAIT)).get("new"), "title").asText()).isEqualTo("Second");
    assertThat(realtime.subscriberCount()).isEqualTo(1);
  }

  @Test
  void aThrowingAuthorizerRefusesOnlyThatRequest() throws Exception {
    RealtimeServer server =
        server(
            (request, table) -> {
              if (request.header("X-Client") != null) {
                throw new IllegalStateException("authorizer broke");
              }
              return RealtimeAccess.allowed();
            });
    SseClient good = open(sse(server, album(), ""));
    HttpResponse<String> failed = SseClient.get(sse(server, album(), ""), Map.of("X-Client", "x"));
    assertThat(failed.statusCode()).isEqualTo(500);
    sql("insert into album (title, artist_id) values ('Still', 1)");
    assertThat(value(data(good.next(WAIT)).get("new"), "title").asText()).isEqualTo("Still");
  }

  @Test
  void aResyncIsSentWhenThePositionIsAheadOfTheLog() throws Exception {
    RealtimeServer server = server();
    SseClient client = open(sse(server, album(), "after=999999"));
    SseClient.Event resync = client.next(WAIT);
    assertThat(resync.type()).isEqualTo("resync");
    assertThat(data(resync).get("resumeAfter").asText()).isEqualTo(resync.id());
    assertThat(client.awaitEnd(WAIT)).isTrue();
  }

  @Test
  void serverCloseEndsTheStreams() throws Exception {
    RealtimeServer server = server();
    SseClient client = open(sse(server, album(), ""));
    await("subscribed", () -> realtime.subscriberCount() == 1);
    server.close();
    assertThat(client.awaitEnd(WAIT)).isTrue();
    assertThat(realtime.subscriberCount()).isZero();
  }

  @Test
  void webSocketSubscribesToSeveralTablesAndUnsubscribes() throws Exception {
    RealtimeServer server = server();
    SocketClient socket = socket(server);
    socket.send(
        "{\"type\":\"subscribe\",\"id\":\"albums\",\"table\":\""
            + album().getName()
            + "\",\"where\":{\""
            + column(album(), "artist_id")
            + "\":2}}");
    socket.send(
        "{\"type\":\"subscribe\",\"id\":\"artists\",\"table\":\"" + artist().getName() + "\"}");
    await("subscribed", () -> realtime.subscriberCount() == 2);

    sql("insert into album (title, artist_id) values ('Not this', 1)");
    sql("insert into album (title, artist_id) values ('This', 2)");
    sql("insert into artist (name) values ('New artist')");
    // The two subscriptions are delivered independently: their messages may interleave.
    Map<String, JsonNode> byId = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      JsonNode message = socket.next(WAIT);
      byId.put(message.get("id").asText(), message);
    }
    JsonNode first = byId.get("albums");
    JsonNode second = byId.get("artists");
    assertThat(first).isNotNull();
    assertThat(second).isNotNull();
    assertThat(first.get("type").asText()).isEqualTo("change");
    assertThat(first.get("id").asText()).isEqualTo("albums");
    assertThat(value(first.get("change").get("new"), "title").asText()).isEqualTo("This");
    assertThat(second.get("id").asText()).isEqualTo("artists");
    assertThat(second.get("change").get("table").asText()).isEqualTo(artist().getName());

    socket.send("{\"type\":\"unsubscribe\",\"id\":\"albums\"}");
    JsonNode end = socket.next(WAIT);
    assertThat(end.get("type").asText()).isEqualTo("end");
    assertThat(end.get("id").asText()).isEqualTo("albums");
    assertThat(end.get("reason").asText()).isEqualTo("CANCELLED");
    assertThat(end.get("resumeAfter").asText())
        .isEqualTo(first.get("change").get("position").asText());

    sql("insert into album (title, artist_id) values ('After unsubscribe', 2)");
    sql("insert into artist (name) values ('Another artist')");
    JsonNode next = socket.next(WAIT);
    assertThat(next.get("id").asText()).isEqualTo("artists");
    assertThat(socket.poll(Duration.ofMillis(500))).isNull();

    socket.send(
        "{\"type\":\"subscribe\",\"id\":\"again\",\"table\":\""
            + album().getName()
            + "\",\"after\":\""
            + end.get("resumeAfter").asText()
            + "\"}");
    JsonNode resumed = socket.next(WAIT);
    assertThat(resumed.get("id").asText()).isEqualTo("again");
    assertThat(value(resumed.get("change").get("new"), "title").asText())
        .isEqualTo("After unsubscribe");
  }

  @Test
  void webSocketReportsBadSubscriptionsAsErrors() throws Exception {
    RealtimeServer server =
        server(
            (request, table) ->
                table.getName().equals(artist().getName())
                    ? RealtimeAccess.denied("No artists for you.")
                    : RealtimeAccess.allowed());
    SocketClient socket = socket(server);
    socket.send("{\"type\":\"subscribe\",\"id\":\"a\",\"table\":\"invoice\"}");
    assertError(socket.next(WAIT), "a", "no table 'invoice'");
    socket.send(
        "{\"type\":\"subscribe\",\"id\":\"b\",\"table\":\""
            + album().getName()
            + "\",\"where\":{\"nope\":1}}");
    assertError(socket.next(WAIT), "b", "no column 'nope'");
    socket.send(
        "{\"type\":\"subscribe\",\"id\":\"c\",\"table\":\""
            + album().getName()
            + "\",\"where\":{\""
            + column(album(), "artist_id")
            + "\":\"x\"}}");
    assertError(socket.next(WAIT), "c", "'x' is not a value");
    socket.send("{\"type\":\"subscribe\",\"id\":\"d\",\"table\":\"" + artist().getName() + "\"}");
    assertError(socket.next(WAIT), "d", "No artists for you.");
    socket.send("not json");
    assertError(socket.next(WAIT), null, "JSON");
    socket.send("{\"type\":\"unsubscribe\",\"id\":\"zzz\"}");
    assertError(socket.next(WAIT), "zzz", "no subscription");
    socket.send("{\"type\":\"dance\",\"id\":\"e\"}");
    assertError(socket.next(WAIT), "e", "Unknown message type");
    assertThat(realtime.subscriberCount()).isZero();
  }

  private static void assertError(JsonNode message, @Nullable String id, String text) {
    assertThat(message.get("type").asText()).isEqualTo("error");
    if (id == null) {
      assertThat(message.get("id").isNull()).isTrue();
    } else {
      assertThat(message.get("id").asText()).isEqualTo(id);
    }
    assertThat(message.get("message").asText()).contains(text);
  }

  @Test
  void closingTheSocketCancelsItsSubscriptions() throws Exception {
    RealtimeServer server = server();
    SocketClient socket = socket(server);
    socket.send("{\"type\":\"subscribe\",\"id\":\"s\",\"table\":\"" + album().getName() + "\"}");
    socket.send("{\"type\":\"subscribe\",\"id\":\"t\",\"table\":\"" + artist().getName() + "\"}");
    await("subscribed", () -> realtime.subscriberCount() == 2);
    socket.close();
    await("cancelled", () -> realtime.subscriberCount() == 0);
  }

  /** Inserts {@code count} albums numbered in their titles, in one statement. */
  private void insertMany(int count) {
    String padding = "x".repeat(120);
    if (dialect().equals("sqlite")) {
      TestDatabases.execute(
          url,
          "with recursive n(i) as (select 1 union all select i + 1 from n where i < "
              + count
              + ") insert into Album (Title, ArtistId) select 'Slow ' || i || ' "
              + padding
              + "', 1 from n");
    } else {
      TestDatabases.execute(
          url,
          "insert into album (title, artist_id) select 'Slow ' || i || ' "
              + padding
              + "', 1 from generate_series(1, "
              + count
              + ") i");
    }
  }

  private int number(JsonNode change) {
    return Integer.parseInt(value(change.get("new"), "title").asText().split(" ")[1]);
  }

  /**
   * The handler mounted in a Jetty server of the test's own, whose sockets have a small fixed send
   * buffer: a client that stops reading backs the server's writes up after a few kilobytes, not
   * after the megabytes the kernel would otherwise buffer.
   */
  private URI smallBufferServer() throws Exception {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setAcceptedSendBufferSize(8192);
    jetty.addConnector(connector);
    jetty.setHandler(
        RealtimeServer.builder(realtime)
            .table(album())
            .path("/live")
            .heartbeat(Duration.ofMillis(300))
            .maxPending(100, 64 * 1024)
            .handler());
    jetty.start();
    clients.add(jetty::stop);
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/live");
  }

  @Test
  void aSlowSseClientIsCutOffAndResumesWithoutLoss() throws Exception {
    URI base = smallBufferServer();
    int count = 3000;
    URI uri = URI.create(base + "/sse/" + album().getName());
    SseClient slow = SseClient.openRaw(uri, 4096);
    clients.add(slow);
    slow.pause();
    await("subscribed", () -> realtime.subscriberCount() == 1);
    long start = realtime.position().value();
    insertMany(count);
    await(
        "the slow client was cut off",
        () -> {
          System.err.println(
              "DEBUG pos "
                  + (realtime.position().value() - start)
                  + " subs "
                  + realtime.subscriberCount());
          return realtime.subscriberCount() == 0;
        });
    slow.resume();
    assertThat(slow.awaitEnd(WAIT)).isTrue();
    Set<Integer> received = new HashSet<>();
    SseClient.Event event;
    while ((event = slow.poll(Duration.ZERO)) != null) {
      assertThat(received.add(number(data(event)))).isTrue();
    }
    assertThat(received.size()).isLessThan(count);

    // Reconnect as EventSource does (to a server with the usual socket buffers, so that catching
    // up is not cut off again), with the last id received.
    URI resume = sse(server(), album(), "");
    String lastId = slow.lastEventId();
    for (int attempt = 0; received.size() < count; attempt++) {
      assertThat(attempt).as("reconnections").isLessThan(10);
      assertThat(lastId).isNotNull();
      SseClient again = open(resume, Map.of("Last-Event-ID", lastId));
      SseClient.Event caught;
      while ((caught = again.poll(Duration.ofSeconds(5))) != null) {
        assertThat(received.add(number(data(caught)))).as("no duplicate").isTrue();
        if (received.size() == count) {
          break;
        }
      }
      lastId = again.lastEventId();
    }
    assertThat(received).hasSize(count);
  }

  @Test
  void aSlowWebSocketHasItsSubscriptionsEndedTooSlowWithAResumePosition() throws Exception {
    int count = 3000;
    SocketClient socket =
        SocketClient.connect(
            URI.create(smallBufferServer().toString().replace("http:", "ws:") + "/ws"));
    clients.add(socket);
    socket.send("{\"type\":\"subscribe\",\"id\":\"s\",\"table\":\"" + album().getName() + "\"}");
    await("subscribed", () -> realtime.subscriberCount() == 1);
    socket.stopReading();
    insertMany(count);
    await("the slow socket's subscription ended", () -> realtime.subscriberCount() == 0);
    socket.startReading();
    Set<Integer> received = new HashSet<>();
    JsonNode end = null;
    while (end == null) {
      JsonNode message = socket.next(WAIT);
      if (message.get("type").asText().equals("end")) {
        end = message;
      } else {
        assertThat(received.add(number(message.get("change")))).isTrue();
      }
    }
    assertThat(end.get("reason").asText()).isEqualTo("TOO_SLOW");
    assertThat(received.size()).isLessThan(count);

    // Subscribe again after each end, as often as the catching up is cut off again.
    for (int attempt = 0; received.size() < count; attempt++) {
      assertThat(attempt).as("resubscriptions").isLessThan(100);
      socket.send(
          "{\"type\":\"subscribe\",\"id\":\"again"
              + attempt
              + "\",\"table\":\""
              + album().getName()
              + "\",\"after\":\""
              + end.get("resumeAfter").asText()
              + "\"}");
      while (received.size() < count) {
        JsonNode message = socket.next(WAIT);
        if (message.get("type").asText().equals("end")) {
          assertThat(message.get("reason").asText()).isEqualTo("TOO_SLOW");
          end = message;
          break;
        }
        assertThat(message.get("type").asText()).isEqualTo("change");
        assertThat(received.add(number(message.get("change")))).as("no duplicate").isTrue();
      }
    }
    assertThat(received).hasSize(count);
  }
}
