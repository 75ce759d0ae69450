package dev.rex.realtime.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rex.realtime.http.RealtimeServer;
import dev.rex.realtime.http.SocketClient;
import dev.rex.realtime.http.SseClient;
import dev.rex.testing.TestDatabases;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * Clients that cannot keep up, on one dialect: a slow SSE or WebSocket client is cut off with its
 * resume position and, resuming, receives every change once.
 */
public abstract class SlowHttpClientSuite extends RealtimeHttpFixture {

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
