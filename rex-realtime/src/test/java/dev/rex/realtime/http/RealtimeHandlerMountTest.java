package dev.rex.realtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.chinook.sqlite.Tables;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The realtime handler inside a Jetty server of the application's, beside other handlers. */
class RealtimeHandlerMountTest {

  private Rex db;
  private Realtime realtime;
  private Server jetty;
  private URI base;

  @BeforeEach
  void start() throws Exception {
    db = Rex.connect(RealtimeDatabase.create("sqlite", "album"));
    realtime = Realtime.start(db);
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    Handler hello =
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            response.write(
                true, ByteBuffer.wrap("hello".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        };
    jetty.setHandler(
        new Handler.Sequence(
            RealtimeServer.builder(realtime).table(Tables.ALBUM).path("/live").handler(), hello));
    jetty.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @AfterEach
  void stop() throws Exception {
    jetty.stop();
    realtime.close();
    db.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSocketFromAPageOfAnotherOriginIsRefused() throws Exception {
    URI socket = URI.create("ws://127.0.0.1:" + base.getPort() + "/live/ws");
    var foreign =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Origin", "https://elsewhere.example")
            .buildAsync(socket, new java.net.http.WebSocket.Listener() {});
    assertThatThrownBy(foreign::join)
        .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class)
        .satisfies(
            e ->
                assertThat(
                        ((java.net.http.WebSocketHandshakeException) e.getCause())
                            .getResponse()
                            .statusCode())
                    .isEqualTo(403));
    java.net.http.WebSocket own =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Origin", base.toString())
            .buildAsync(socket, new java.net.http.WebSocket.Listener() {})
            .join();
    own.abort();
  }

  @Test
  void sameOriginComparesSchemeHostAndPort() {
    assertThat(SameOrigin.allows(null, "127.0.0.1", 8080)).isTrue();
    assertThat(SameOrigin.allows("http://127.0.0.1:8080", "127.0.0.1", 8080)).isTrue();
    assertThat(SameOrigin.allows("https://App.example", "app.example", 443)).isTrue();
    assertThat(SameOrigin.allows("http://app.example", "app.example", 8080)).isFalse();
    assertThat(SameOrigin.allows("http://evil.example:8080", "127.0.0.1", 8080)).isFalse();
    assertThat(SameOrigin.allows("null", "127.0.0.1", 8080)).isFalse();
    assertThat(SameOrigin.allows("file:///x", "127.0.0.1", 8080)).isFalse();
    assertThat(SameOrigin.allows("http://[::1]:80", "[::1]", 80)).isTrue();
    assertThat(SameOrigin.allows("http://bad host", "x", 80)).isFalse();
  }

  @Test
  void otherPathsPassToTheNextHandler() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/index.html")));
    assertThat(response.body()).isEqualTo("hello");
  }

  @Test
  void servesStreamsUnderItsPath() throws Exception {
    try (SseClient client = SseClient.open(base.resolve("/live/sse/album"), Map.of())) {
      assertThat(client.awaitEnd(java.time.Duration.ofMillis(200))).isFalse();
      assertThat(realtime.subscriberCount()).isEqualTo(1);
    }
  }

  @Test
  void answersOtherMethodsAndPlainRequestsForTheSocketWithASentence() throws Exception {
    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(base.resolve("/live/sse/album"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("allow")).hasValue("GET");

    HttpResponse<String> socket = send(HttpRequest.newBuilder(base.resolve("/live/ws")));
    assertThat(socket.statusCode()).isEqualTo(400);
    assertThat(socket.body()).contains("WebSocket");
  }

  @Test
  void refusesHandlersWithoutTablesAndBadSettings() {
    assertThatThrownBy(() -> RealtimeServer.builder(realtime).handler())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RealtimeServer.builder(realtime).path("live/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RealtimeServer.builder(realtime).port(70000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RealtimeServer.builder(realtime).maxPending(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RealtimeServer.builder(realtime).threads(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RealtimeServer.builder(realtime).heartbeat(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
