package dev.rex.graphql.http.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The messages a WebSocket connection sends, one frame at a time in the order they were given,
 * whatever thread gives them; each message's {@code sent} runs once its frame is written.
 */
final class Outbox {

  private record Message(String text, Runnable sent) {}

  private final Session session;
  private final Queue<Message> queue = new ArrayDeque<>();
  private boolean sending;

  Outbox(Session session) {
    this.session = session;
  }

  void send(String text) {
    send(text, () -> {});
  }

  void send(String text, Runnable sent) {
    synchronized (this) {
      queue.add(new Message(text, sent));
      if (sending) {
        return;
      }
      sending = true;
    }
    next();
  }

  private void next() {
    Message message;
    synchronized (this) {
      message = queue.poll();
      if (message == null) {
        sending = false;
        return;
      }
    }
    session.sendText(
        message.text(),
        Callback.from(
            () -> {
              message.sent().run();
              next();
            },
            failure -> dropAll()));
  }

  /** The connection broke: what is left is never sent. */
  private synchronized void dropAll() {
    queue.clear();
    sending = false;
  }
}
