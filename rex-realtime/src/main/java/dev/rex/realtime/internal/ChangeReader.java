package dev.rex.realtime.internal;

import dev.rex.cache.CacheInvalidation;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.realtime.Change;
import dev.rex.realtime.RealtimeSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live read loop of one {@code Realtime}, on a thread of its own: on each wake-up (or poll) it
 * numbers what committed, reads the log after its position in batches, turns the changes of the
 * subscribed tables into typed records, hands them to the {@link Fanout}, and invalidates the
 * result cache for every changed table, whoever wrote it. Every so often it also prunes the log.
 */
public final class ChangeReader {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.realtime");

  private final DataSource dataSource;
  private final ChangeLog log;
  private final Dialect dialect;
  private final QueryExecutor executor;
  private final CacheInvalidation cache;
  private final Fanout fanout;
  private final RealtimeSettings settings;
  private final Signal signal = new Signal();
  private final Map<String, ImageReader<?>> readers = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean open = true;
  private long nextPrune;

  public ChangeReader(
      DataSource dataSource,
      ChangeLog log,
      Dialect dialect,
      QueryExecutor executor,
      CacheInvalidation cache,
      Fanout fanout,
      RealtimeSettings settings) {
    this.dataSource = dataSource;
    this.log = log;
    this.dialect = dialect;
    this.executor = executor;
    this.cache = cache;
    this.fanout = fanout;
    this.settings = settings;
    this.thread = new Thread(this::run, "rex-realtime-reader");
    this.thread.setDaemon(true);
  }

  public void start() {
    nextPrune = System.nanoTime();
    thread.start();
  }

  /** Asks for a read of the log as soon as possible. */
  public void wake() {
    signal.wake();
  }

  /** The key the log and the fan-out know a table by. */
  public String keyOf(Table<?> table) {
    return log.schemaOf(table) + "." + table.getName();
  }

  /** The image reader of {@code table}, made once. */
  @SuppressWarnings("unchecked")
  public <R extends Record> ImageReader<R> imageReader(Table<R> table) {
    return (ImageReader<R>)
        readers.computeIfAbsent(
            keyOf(table), key -> new ImageReader<>(log, table, dialect, executor));
  }

  private void run() {
    while (open) {
      try {
        signal.await(settings.pollInterval());
        if (!open) {
          return;
        }
        readOnce();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (SQLException | RuntimeException e) {
        if (!open) {
          return;
        }
        LOG.warn("Realtime could not read the change log ({}); retrying", e.getMessage());
        try {
          signal.sleep(settings.pollInterval());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Numbers, reads and hands out everything committed so far. */
  void readOnce() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      while (log.sequence(connection) == ChangeLog.SEQUENCE_BATCH) {
        // A full batch: more were waiting. (Less than full: the rest committed meanwhile and waits
        // for the next wake-up, so that steady writers cannot keep the reader numbering forever.)
      }
      while (open) {
        long after = fanout.position();
        List<LogEntry> entries = log.read(connection, after, settings.batchSize());
        if (entries.isEmpty()) {
          break;
        }
        long through = entries.get(entries.size() - 1).position();
        synchronized (fanout) {
          // Under the fan-out's lock, no subscriber joins between choosing the tables to read
          // and handing out what was read: a joiner's replay ends exactly where live begins.
          handOut(connection, entries, after, through);
        }
        if (entries.size() < settings.batchSize()) {
          break;
        }
      }
      if (System.nanoTime() - nextPrune >= 0) {
        nextPrune = System.nanoTime() + settings.pruneInterval().toNanos();
        log.prune(connection, settings.retentionAge(), settings.retentionRows());
      }
    }
  }

  private void handOut(Connection connection, List<LogEntry> entries, long after, long through)
      throws SQLException {
    Set<String> changedKeys = new HashSet<>();
    Set<String> changedNames = new HashSet<>();
    for (LogEntry entry : entries) {
      changedKeys.add(entry.schema() + "." + entry.table());
      changedNames.add(entry.table());
    }
    Map<String, Table<?>> subscribed = fanout.subscribedTables();
    Map<String, List<? extends Change<?>>> changes = new LinkedHashMap<>();
    for (String key : changedKeys) {
      Table<?> table = subscribed.get(key);
      if (table != null) {
        changes.put(key, imageReader(table).read(connection, after, through));
      }
    }
    cache.invalidate(changedNames);
    fanout.dispatch(changes.isEmpty() ? new HashMap<>() : changes, through);
  }

  public void close() {
    open = false;
    signal.wake();
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
