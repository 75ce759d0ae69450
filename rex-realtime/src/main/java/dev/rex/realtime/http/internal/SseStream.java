package dev.rex.realtime.http.internal;

import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.SubscriptionEnd;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;
import org.jspecify.annotations.Nullable;

/**
 * One Server-Sent Events response. Changes arrive on Realtime's delivery threads and are queued as
 * text; Jetty writes them one at a time without blocking any thread ({@link IteratingCallback}: the
 * next write starts when the previous one completed). The queue is bounded in messages and bytes: a
 * client that lets it fill is cut off at once (its subscription cancelled, its connection aborted),
 * and its EventSource reconnects with the {@code Last-Event-ID} of the last event it received,
 * losing nothing. Realtime's own queue bound ({@code TOO_SLOW}) also applies.
 *
 * <p>An end of the subscription is written as an event ({@code resync} or {@code end}) and closes
 * the stream once the queue is written.
 */
final class SseStream extends IteratingCallback implements ChangeSink, Connection {

  private static final String HEARTBEAT = ": heartbeat\n\n";

  private final Response response;
  private final Callback done;
  private final ChangeJson json;
  private final Set<String> hidden;
  private final long maxBytes;
  private final int maxMessages;
  private final Consumer<SseStream> onClose;

  private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
  private long queuedBytes;
  private boolean started;
  private boolean finishing;
  private boolean lastWritten;
  private final AtomicBoolean completed = new AtomicBoolean();
  private volatile @Nullable ChangeSubscription subscription;

  SseStream(
      Response response,
      Callback done,
      ChangeJson json,
      Set<String> hidden,
      long maxBytes,
      int maxMessages,
      Consumer<SseStream> onClose) {
    this.response = response;
    this.done = done;
    this.json = json;
    this.hidden = hidden;
    this.maxBytes = maxBytes;
    this.maxMessages = maxMessages;
    this.onClose = onClose;
  }

  /** Starts writing what was queued, with the subscription to cancel when the client leaves. */
  void start(ChangeSubscription subscription) {
    this.subscription = subscription;
    synchronized (this) {
      started = true;
    }
    if (completed.get()) {
      subscription.cancel();
    }
    iterate();
  }

  /** Queues the first lines: the reconnection delay and the starting position as last id. */
  void preamble(long retryMillis, String position) {
    send("retry: " + retryMillis + "\nid: " + position + "\n\n");
  }

  @Override
  public void change(Change<?> change) {
    send(
        "id: "
            + change.position()
            + "\nevent: change\ndata: "
            + json.encode(change, hidden)
            + "\n\n");
  }

  @Override
  public void end(SubscriptionEnd end) {
    switch (end.reason()) {
      case CANCELLED -> {
        // The client left or the server stops: nothing to tell.
      }
      case RESYNC_REQUIRED ->
          send(
              "event: resync\nid: "
                  + end.resumeAfter()
                  + "\ndata: {\"resumeAfter\":\""
                  + end.resumeAfter()
                  + "\"}\n\n");
      default ->
          send(
              "event: end\ndata: {\"reason\":\""
                  + end.reason()
                  + "\",\"resumeAfter\":\""
                  + end.resumeAfter()
                  + "\"}\n\n");
    }
    finish();
  }

  @Override
  public void heartbeat() {
    send(HEARTBEAT);
  }

  @Override
  public void shutdown() {
    ChangeSubscription current = subscription;
    if (current != null) {
      current.cancel();
    }
    finish();
  }

  /** The client went away (its connection failed). */
  void clientGone(Throwable cause) {
    complete(cause);
    abort(cause);
  }

  private void send(String text) {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    boolean cut;
    synchronized (this) {
      if (finishing || completed.get()) {
        return;
      }
      cut = queue.size() >= maxMessages || queuedBytes + bytes.remaining() > maxBytes;
      if (cut) {
        finishing = true;
        queue.clear();
      } else {
        queue.add(bytes);
        queuedBytes += bytes.remaining();
      }
    }
    if (cut) {
      tooSlow();
    } else if (isStarted()) {
      iterate();
    }
  }

  private void tooSlow() {
    SlowClient slow = new SlowClient(maxMessages, maxBytes);
    complete(slow);
    abort(slow);
  }

  private void finish() {
    synchronized (this) {
      finishing = true;
    }
    if (isStarted()) {
      iterate();
    }
  }

  private synchronized boolean isStarted() {
    return started;
  }

  @Override
  protected Action process() {
    ByteBuffer next;
    boolean last = false;
    synchronized (this) {
      ByteBuffer queued = queue.poll();
      if (queued != null) {
        queuedBytes -= queued.remaining();
        next = queued;
      } else if (lastWritten) {
        return Action.SUCCEEDED;
      } else if (finishing) {
        lastWritten = true;
        last = true;
        next = BufferUtil.EMPTY_BUFFER;
      } else {
        return Action.IDLE;
      }
    }
    response.write(last, next, this);
    return Action.SCHEDULED;
  }

  @Override
  protected void onCompleteSuccess() {
    complete(null);
  }

  @Override
  protected void onCompleteFailure(Throwable cause) {
    complete(cause);
  }

  private void complete(@Nullable Throwable failure) {
    if (!completed.compareAndSet(false, true)) {
      return;
    }
    ChangeSubscription current = subscription;
    if (current != null) {
      current.cancel();
    }
    onClose.accept(this);
    if (failure == null) {
      done.succeeded();
    } else {
      done.failed(failure);
    }
  }

  /** Why a stream was cut off: its client did not read fast enough. */
  static final class SlowClient extends Exception {
    private static final long serialVersionUID = 1L;

    SlowClient(int messages, long bytes) {
      super(
          "The client fell more than "
              + messages
              + " messages or "
              + bytes
              + " bytes behind; its stream is cut off",
          null,
          false,
          false);
    }
  }
}
