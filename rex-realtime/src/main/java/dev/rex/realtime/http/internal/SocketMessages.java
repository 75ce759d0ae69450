package dev.rex.realtime.http.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The server's WebSocket messages: {@code {"type":"change","id":"s1","change":{…}}}, {@code
 * {"type":"end","id":"s1","reason":"TOO_SLOW","resumeAfter":"130"}} and {@code
 * {"type":"error","id":"s1","message":"…"}}. A change's JSON comes from {@link ChangeJson}'s cache
 * and is spliced in as it is.
 */
final class SocketMessages {

  private static final JsonFactory FACTORY = new JsonFactory();

  private SocketMessages() {}

  /** What every change message of subscription {@code id} starts with. */
  static String changePrefix(String id) {
    return "{\"type\":\"change\",\"id\":" + quoted(id) + ",\"change\":";
  }

  /** A change message, from its subscription's {@link #changePrefix} and the change's JSON. */
  static String change(String prefix, String changeJson) {
    return prefix + changeJson + "}";
  }

  static String end(String id, String reason, String resumeAfter) {
    return "{\"type\":\"end\",\"id\":"
        + quoted(id)
        + ",\"reason\":"
        + quoted(reason)
        + ",\"resumeAfter\":"
        + quoted(resumeAfter)
        + "}";
  }

  static String error(@Nullable String id, String message) {
    return "{\"type\":\"error\",\"id\":"
        + (id == null ? "null" : quoted(id))
        + ",\"message\":"
        + quoted(message)
        + "}";
  }

  private static String quoted(String text) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
