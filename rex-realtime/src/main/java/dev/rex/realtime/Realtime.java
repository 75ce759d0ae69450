package dev.rex.realtime;

import dev.rex.ConfigurationException;
import dev.rex.Rex;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.Dialect;
import dev.rex.realtime.SubscriptionEnd.Reason;
import dev.rex.realtime.internal.CatchUp;
import dev.rex.realtime.internal.ChangeLog;
import dev.rex.realtime.internal.ChangeReader;
import dev.rex.realtime.internal.Fanout;
import dev.rex.realtime.internal.IndexKey;
import dev.rex.realtime.internal.ListenConnections;
import dev.rex.realtime.internal.PostgresWakeups;
import dev.rex.realtime.internal.SqliteWakeups;
import dev.rex.realtime.internal.Subscriber;
import dev.rex.realtime.internal.Wakeups;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Change streams of one database. {@link #start} begins reading Rex's change log (written by the
 * triggers that {@link RealtimeSchema} installs); {@link #changes} subscribes to a table's changes
 * as typed records. Every committed change is delivered once, in log order, to each subscriber
 * whose filter it passes, and a subscriber that resumes {@linkplain ChangeStream#after after} its
 * last position receives everything it missed. Each application instance runs its own {@code
 * Realtime} on the same database; none needs to know of the others.
 *
 * <pre>{@code
 * try (Realtime realtime = Realtime.start(db)) {
 *   realtime.changes(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).subscribe(change ->
 *       System.out.println(change.operation() + " " + change.record()));
 * }
 * }</pre>
 *
 * <p>Every change read also invalidates {@code db}'s result cache for its table, so writes made by
 * other processes invalidate it too.
 */
public final class Realtime implements AutoCloseable {

  private final Rex db;
  private final RealtimeSettings settings;
  private final ChangeLog log;
  private final Fanout fanout;
  private final ChangeReader reader;
  private final Wakeups wakeups;
  private final ExecutorService delivery;

  private Realtime(Rex db, RealtimeSettings settings) {
    this.db = db;
    this.settings = settings;
    Dialect dialect = db.executor().dialect();
    if (db.settings().pool().transactionPooler() && settings.listenUrl() == null) {
      throw new ConfigurationException(
          "Realtime keeps a connection of its own for LISTEN, which a pooler in transaction mode"
              + " (PgBouncer, RDS Proxy) cannot hold: give the database's direct address with"
              + " RealtimeSettings.withListenUrl(…).");
    }
    this.log = ChangeLog.of(dialect);
    this.fanout = new Fanout(numberPendingAndReadHead());
    this.reader =
        new ChangeReader(
            db.dataSource(), log, dialect, db.executor(), db.cache(), fanout, settings);
    var opener =
        ListenConnections.opener(
            db.dataSource(), settings.listenUrl(), settings.heartbeatInterval());
    this.wakeups =
        dialect.name().equals("postgres")
            ? new PostgresWakeups(
                opener, reader::wake, settings.heartbeatInterval(), settings.maxReconnectDelay())
            : new SqliteWakeups(opener, db, reader::wake, settings.dataVersionInterval());
    this.delivery = deliveryThreads(settings.deliveryThreads());
  }

  /** Starts reading the change log of {@code db} with the default settings. */
  public static Realtime start(Rex db) {
    return start(db, RealtimeSettings.defaults());
  }

  /**
   * Starts reading the change log of {@code db}: live subscribers receive the changes committed
   * from now on.
   *
   * @throws RexException when the database has no change log (apply the migration {@link
   *     RealtimeSchema} writes first) or is neither PostgreSQL nor SQLite
   * @throws ConfigurationException when {@code db} goes through a transaction-mode pooler and no
   *     {@linkplain RealtimeSettings#withListenUrl listen URL} is given
   */
  public static Realtime start(Rex db, RealtimeSettings settings) {
    Realtime realtime = new Realtime(db, settings);
    realtime.reader.start();
    realtime.wakeups.start();
    return realtime;
  }

  /** A stream of {@code table}'s changes, to filter and subscribe to. */
  public <R extends Record> ChangeStream<R> changes(Table<R> table) {
    return new ChangeStream<>(this, table, db.executor().dialect());
  }

  /** The position of the last change this instance has handed out live. */
  public ChangePosition position() {
    return new ChangePosition(fanout.position());
  }

  /** How many subscriptions are active. */
  public int subscriberCount() {
    return fanout.size();
  }

  /** The backend process id of the PostgreSQL LISTEN connection, or -1 (for diagnostics). */
  public int listenBackendPid() {
    return wakeups instanceof PostgresWakeups postgres ? postgres.backendPid() : -1;
  }

  <R extends Record> ChangeSubscription subscribe(
      Table<R> table,
      Predicate<? super R> filter,
      @Nullable IndexKey key,
      @Nullable ChangePosition after,
      ChangeListener<R> listener) {
    String tableKey = reader.keyOf(table);
    long live;
    Subscriber<R> subscriber;
    synchronized (fanout) {
      long start = after == null ? fanout.position() : after.value();
      subscriber =
          new Subscriber<>(
              table,
              filter,
              listener,
              key,
              new ChangePosition(start),
              settings.queueCapacity(),
              delivery,
              ended -> fanout.remove(tableKey, ended));
      live = fanout.register(tableKey, subscriber);
      if (start < live) {
        subscriber.startCatchUp();
      }
    }
    long start = subscriber.lastDelivered().value();
    if (start > live && start > head()) {
      subscriber.end(new SubscriptionEnd(Reason.RESYNC_REQUIRED, new ChangePosition(live), null));
    } else if (start < live) {
      delivery.execute(
          new CatchUp<>(db.dataSource(), log, reader.imageReader(table), subscriber, start, live));
    }
    return subscriber;
  }

  /**
   * Numbers the changes committed while no instance was reading (so that a subscriber resuming
   * after one of them right after start finds it), and returns the head.
   */
  private long numberPendingAndReadHead() {
    try (Connection connection = db.dataSource().getConnection()) {
      while (log.sequence(connection) == ChangeLog.SEQUENCE_BATCH) {
        // A full batch: more may be waiting.
      }
    } catch (SQLException e) {
      throw new RexException(
          "Realtime could not read the change log; was the migration from RealtimeSchema applied?"
              + " "
              + e.getMessage(),
          e);
    }
    return head();
  }

  private long head() {
    try (Connection connection = db.dataSource().getConnection()) {
      return log.head(connection);
    } catch (SQLException e) {
      throw new RexException(
          "Realtime could not read the change log; was the migration from RealtimeSchema applied?"
              + " "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Stops reading, closes the dedicated connection, and ends every subscription with {@link
   * Reason#CLOSED}. The database stays open.
   */
  @Override
  public void close() {
    wakeups.close();
    reader.close();
    for (Subscriber<?> subscriber : fanout.all()) {
      subscriber.end(new SubscriptionEnd(Reason.CLOSED, subscriber.lastDelivered(), null));
    }
    delivery.shutdown();
    try {
      delivery.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ExecutorService deliveryThreads(int threads) {
    AtomicInteger number = new AtomicInteger();
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "rex-realtime-delivery-" + number.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
