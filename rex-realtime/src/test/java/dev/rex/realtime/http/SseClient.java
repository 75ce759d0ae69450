package dev.rex.realtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A Server-Sent Events client as a browser's EventSource reads a stream: lines from the response
 * body, events dispatched on a blank line, comments ignored, the last id remembered.
 */
public final class SseClient implements AutoCloseable {

  /** One dispatched event. */
  public record Event(@Nullable String id, String type, String data) {}

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final InputStream body;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile @Nullable String lastEventId;
  private volatile @Nullable Integer retry;
  private volatile boolean paused;

  private SseClient(InputStream body) {
    this.body = body;
    Thread reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens {@code uri} with {@code headers}; the response must be a 200 event stream. */
  public static SseClient open(URI uri, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
    headers.forEach(request::header);
    HttpResponse<InputStream> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).as("status").isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElse(""))
        .startsWith("text/event-stream");
    return new SseClient(response.body());
  }

  /**
   * Opens {@code uri} on a raw socket whose receive buffer is {@code receiveBuffer} bytes, so that
   * a paused client backs the server's writes up quickly.
   */
  public static SseClient openRaw(URI uri, int receiveBuffer) throws Exception {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(receiveBuffer);
    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
    socket
        .getOutputStream()
        .write(
            ("GET "
                    + uri.getRawPath()
                    + " HTTP/1.1\r\nHost: "
                    + uri.getHost()
                    + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    InputStream in = socket.getInputStream();
    assertThat(ChunkedInput.skipHeaders(in)).contains(" 200 ");
    return new SseClient(new ChunkedInput(in));
  }

  /** A plain GET, for the answers that are not streams. */
  public static HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String type = "message";
      StringBuilder data = new StringBuilder();
      boolean hasData = false;
      String line;
      while ((line = nextLine(lines)) != null) {
        if (line.isEmpty()) {
          if (id != null) {
            lastEventId = id;
          }
          if (hasData) {
            events.add(new Event(id, type, data.toString()));
          }
          id = null;
          type = "message";
          data.setLength(0);
          hasData = false;
        } else if (!line.startsWith(":")) {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1).stripLeading();
          switch (field) {
            case "id" -> id = value;
            case "event" -> type = value;
            case "retry" -> retry = Integer.valueOf(value);
            case "data" -> {
              if (hasData) {
                data.append('\n');
              }
              data.append(value);
              hasData = true;
            }
            default -> {}
          }
        }
      }
    } catch (IOException e) {
      // The connection broke: as the end of the stream.
    } finally {
      ended.countDown();
    }
  }

  private @Nullable String nextLine(BufferedReader lines) throws IOException {
    while (paused) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return lines.readLine();
  }

  /** Stops reading the response: the server's writes back up, as with a slow client. */
  public void pause() {
    paused = true;
  }

  /** Reads again. */
  public void resume() {
    paused = false;
  }

  /** The next event within {@code wait}; fails without one. */
  public Event next(Duration wait) throws InterruptedException {
    Event event = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(event).as("an event within " + wait).isNotNull();
    return event;
  }

  /** The next event within {@code wait}, or null. */
  public @Nullable Event poll(Duration wait) throws InterruptedException {
    return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether the server ended the stream within {@code wait}. */
  public boolean awaitEnd(Duration wait) throws InterruptedException {
    return ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The id of the last message that had one, as EventSource keeps it. */
  public @Nullable String lastEventId() {
    return lastEventId;
  }

  public @Nullable Integer retry() {
    return retry;
  }

  /** Drops the connection, as a closed browser tab does. */
  @Override
  public void close() throws IOException {
    body.close();
  }
}
