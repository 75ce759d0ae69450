package dev.rex.realtime.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rex.realtime.http.RealtimeAccess;
import dev.rex.realtime.http.RealtimeServer;
import dev.rex.realtime.http.SocketClient;
import dev.rex.realtime.http.SseClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The HTTP face of Realtime on one dialect: Server-Sent Events and WebSocket clients receive
 * changes as JSON, filter them by column, resume without loss and are authorized.
 */
public abstract class RealtimeHttpSuite extends RealtimeHttpFixture {

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
}
