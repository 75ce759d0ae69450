package dev.rex.realtime;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Realtime} reads and delivers changes. Immutable: each {@code with…} returns a copy.
 */
public final class RealtimeSettings {

  private final Values values;

  private RealtimeSettings(Values values) {
    positive(values.pollInterval, "poll interval");
    positive(values.heartbeatInterval, "heartbeat interval");
    positive(values.maxReconnectDelay, "reconnect delay");
    positive(values.dataVersionInterval, "data_version interval");
    atLeastOne(values.queueCapacity, "queue capacity");
    atLeastOne(values.batchSize, "batch size");
    positive(values.retentionAge, "retention age");
    atLeastOne(values.retentionRows, "retention rows");
    positive(values.pruneInterval, "prune interval");
    atLeastOne(values.deliveryThreads, "delivery threads");
    this.values = values;
  }

  /** The settings' values, copied for each {@code with…}. */
  private static final class Values implements Cloneable {
    Duration pollInterval = Duration.ofSeconds(1);
    Duration heartbeatInterval = Duration.ofSeconds(5);
    Duration maxReconnectDelay = Duration.ofSeconds(5);
    Duration dataVersionInterval = Duration.ofMillis(20);
    int queueCapacity = 10_000;
    int batchSize = 1_000;
    Duration retentionAge = Duration.ofDays(7);
    long retentionRows = 1_000_000;
    Duration pruneInterval = Duration.ofMinutes(1);
    int deliveryThreads = 2 * Runtime.getRuntime().availableProcessors();
    @Nullable String listenUrl;

    Values copy() {
      try {
        return (Values) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private RealtimeSettings with(java.util.function.Consumer<Values> change) {
    Values copy = values.copy();
    change.accept(copy);
    return new RealtimeSettings(copy);
  }

  /**
   * Poll the log every second without a wake-up; check the LISTEN connection every 5 s, reconnect
   * within 5 s; check SQLite's data_version every 20 ms; queue up to 10,000 changes per subscriber;
   * read 1,000 changes at a time; keep changes for 7 days or the newest 1,000,000, pruning every
   * minute; deliver on two threads per processor.
   */
  public static RealtimeSettings defaults() {
    return new RealtimeSettings(new Values());
  }

  /** How often the log is read when no wake-up came (NOTIFY is lost while no one listens). */
  public Duration pollInterval() {
    return values.pollInterval;
  }

  /** How long the PostgreSQL LISTEN connection may stay silent before it is checked. */
  public Duration heartbeatInterval() {
    return values.heartbeatInterval;
  }

  /** The longest wait between attempts to reopen the LISTEN connection. */
  public Duration maxReconnectDelay() {
    return values.maxReconnectDelay;
  }

  /** How often SQLite's {@code PRAGMA data_version} is read to notice other writers' commits. */
  public Duration dataVersionInterval() {
    return values.dataVersionInterval;
  }

  /** How many changes may wait for one subscriber before it is cut off as too slow. */
  public int queueCapacity() {
    return values.queueCapacity;
  }

  /** How many changes one read of the log takes. */
  public int batchSize() {
    return values.batchSize;
  }

  /** Changes older than this are pruned. */
  public Duration retentionAge() {
    return values.retentionAge;
  }

  /** At most this many changes are kept. */
  public long retentionRows() {
    return values.retentionRows;
  }

  /** How often retention runs. */
  public Duration pruneInterval() {
    return values.pruneInterval;
  }

  /** How many threads call listeners. */
  public int deliveryThreads() {
    return values.deliveryThreads;
  }

  /**
   * The JDBC URL the PostgreSQL LISTEN connection opens, or {@code null} for the pool's own URL.
   * Set it to the database's direct address when the pool goes through PgBouncer in transaction
   * mode or RDS Proxy, which cannot hold a LISTEN.
   */
  public @Nullable String listenUrl() {
    return values.listenUrl;
  }

  public RealtimeSettings withPollInterval(Duration interval) {
    return with(v -> v.pollInterval = interval);
  }

  public RealtimeSettings withHeartbeatInterval(Duration interval) {
    return with(v -> v.heartbeatInterval = interval);
  }

  public RealtimeSettings withMaxReconnectDelay(Duration delay) {
    return with(v -> v.maxReconnectDelay = delay);
  }

  public RealtimeSettings withDataVersionInterval(Duration interval) {
    return with(v -> v.dataVersionInterval = interval);
  }

  public RealtimeSettings withQueueCapacity(int capacity) {
    return with(v -> v.queueCapacity = capacity);
  }

  public RealtimeSettings withBatchSize(int size) {
    return with(v -> v.batchSize = size);
  }

  /** Keeps changes for at most {@code age} and at most the newest {@code rows}. */
  public RealtimeSettings withRetention(Duration age, long rows) {
    return with(
        v -> {
          v.retentionAge = age;
          v.retentionRows = rows;
        });
  }

  public RealtimeSettings withPruneInterval(Duration interval) {
    return with(v -> v.pruneInterval = interval);
  }

  public RealtimeSettings withDeliveryThreads(int threads) {
    return with(v -> v.deliveryThreads = threads);
  }

  public RealtimeSettings withListenUrl(String url) {
    return with(v -> v.listenUrl = url);
  }

  private static void positive(Duration duration, String what) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("The " + what + " must be positive, not " + duration);
    }
  }

  private static void atLeastOne(long value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException("The " + what + " must be at least 1, not " + value);
    }
  }
}
