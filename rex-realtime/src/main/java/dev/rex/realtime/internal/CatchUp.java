package dev.rex.realtime.internal;

import dev.rex.dsl.Record;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.SubscriptionEnd;
import dev.rex.realtime.SubscriptionEnd.Reason;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a resuming subscriber's missed changes from the log, page by page, up to the live
 * position it joined at; then the changes parked while it replayed follow. When the log no longer
 * holds the start (retention pruned it), or the start is beyond the log's head (the log was reset),
 * the subscription ends with {@link Reason#RESYNC_REQUIRED} instead: never a silent gap.
 */
public final class CatchUp<R extends Record> implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.realtime");
  private static final long PAGE = 5_000;

  private final DataSource dataSource;
  private final ChangeLog log;
  private final ImageReader<R> images;
  private final Subscriber<R> subscriber;
  private final long from;
  private final long live;

  public CatchUp(
      DataSource dataSource,
      ChangeLog log,
      ImageReader<R> images,
      Subscriber<R> subscriber,
      long from,
      long live) {
    this.dataSource = dataSource;
    this.log = log;
    this.images = images;
    this.subscriber = subscriber;
    this.from = from;
    this.live = live;
  }

  @Override
  public void run() {
    try (Connection connection = dataSource.getConnection()) {
      long start = from;
      while (start < live) {
        long end = Math.min(start + PAGE, live);
        List<Change<R>> page = images.read(connection, start, end);
        if (log.prunedThrough(connection) > start) {
          resync();
          return;
        }
        if (!subscriber.deliverReplayed(page)) {
          return;
        }
        start = end;
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("Realtime could not replay changes after {}: {}", from, e.getMessage());
      subscriber.end(new SubscriptionEnd(Reason.READ_FAILED, subscriber.lastDelivered(), e));
    } finally {
      subscriber.finishCatchUp();
    }
  }

  private void resync() {
    subscriber.end(new SubscriptionEnd(Reason.RESYNC_REQUIRED, new ChangePosition(live), null));
  }
}
