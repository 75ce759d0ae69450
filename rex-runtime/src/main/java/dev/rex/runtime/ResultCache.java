package dev.rex.runtime;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.rex.cache.CacheEvent;
import dev.rex.cache.CacheInvalidation;
import dev.rex.cache.CacheListener;
import dev.rex.cache.CacheStats;
import dev.rex.dsl.Query;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.StatementTables;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The result cache of one {@code Rex} instance, on Caffeine: bounded in size, each entry with its
 * own time to live.
 *
 * <p>Keys are the rendered SQL and the bind values (compared deeply, so array binds work); the
 * dialect is fixed per instance. Entries hold the rows' values, not records: every hit builds new
 * records, so a caller that changes one cannot change the cache. Mutable values ({@code byte[]},
 * arrays, nested results) are copied on store and on every hit ({@link CachedValues}), so a caller
 * that changes one cannot change what later hits return either.
 *
 * <p><b>Invalidation</b> drops every entry that read a written table; entries of plain SQL, whose
 * tables are unknown, are dropped by every write. It scans the entries, which is cheap for the
 * bounded sizes a result cache has. A query that misses can race with a write: it may read the old
 * rows just before the write and store them just after the write's invalidation. An epoch counter,
 * bumped before each invalidation's scan, closes that window: a loader re-reads the epoch after
 * storing and removes its own entry if an invalidation started since it began. The price is that a
 * result read while any write happens is not kept.
 */
public final class ResultCache implements CacheInvalidation {

  private final long maximumSize;
  private volatile @Nullable Cache<Key, Entry> cache;
  private final Duration defaultTtl;
  private final List<CacheListener> listeners;
  private final AtomicLong epoch = new AtomicLong();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder invalidations = new LongAdder();

  /**
   * A cache of at most {@code maximumSize} results; {@code defaultTtl} applies to queries that set
   * none.
   */
  public ResultCache(long maximumSize, Duration defaultTtl, List<CacheListener> listeners) {
    this.defaultTtl = defaultTtl;
    this.listeners = List.copyOf(listeners);
    this.maximumSize = maximumSize;
  }

  /**
   * The Caffeine cache, built by the first query that uses it: an application that never caches
   * does not load Caffeine at start-up, and its writes have nothing to invalidate.
   */
  private Cache<Key, Entry> cache() {
    Cache<Key, Entry> built = cache;
    if (built == null) {
      synchronized (this) {
        built = cache;
        if (built == null) {
          built = PerEntryExpiry.newCache(maximumSize);
          cache = built;
        }
      }
    }
    return built;
  }

  /** The key: SQL and bind values. */
  @SuppressWarnings("ArrayRecordComponent") // equals and hashCode compare the binds by content
  private record Key(String sql, @Nullable Object[] binds) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key that
          && sql.equals(that.sql)
          && Arrays.deepEquals(binds, that.binds);
    }

    @Override
    public int hashCode() {
      return sql.hashCode() * 31 + Arrays.deepHashCode(binds);
    }

    @Override
    public String toString() {
      return sql;
    }
  }

  /**
   * A cached result: its rows' values, the record type that rebuilds them (the columns read from
   * the result's metadata when the query declared none, as plain SQL does), the tables it read, and
   * how long it lives.
   */
  private record Entry(
      List<@Nullable Object[]> rows,
      RecordType<?> type,
      CachedValues values,
      Set<String> tables,
      boolean anyTable,
      long ttlNanos) {
    boolean reads(Set<String> written) {
      return anyTable || written.stream().anyMatch(tables::contains);
    }
  }

  /**
   * Each entry's own time to live; also where the Caffeine cache is built, so that verifying {@code
   * ResultCache} (made by every {@code Rex.connect}) does not load Caffeine's types.
   */
  private static final class PerEntryExpiry implements Expiry<Key, Entry> {
    static Cache<Key, Entry> newCache(long maximumSize) {
      return Caffeine.newBuilder()
          .maximumSize(maximumSize)
          .expireAfter(new PerEntryExpiry())
          // Maintenance (eviction, expiry) on the calling thread: no pool to leak.
          .executor(Runnable::run)
          .build();
    }

    @Override
    public long expireAfterCreate(Key key, Entry entry, long currentTime) {
      return entry.ttlNanos();
    }

    @Override
    public long expireAfterUpdate(Key key, Entry entry, long currentTime, long currentDuration) {
      return entry.ttlNanos();
    }

    @Override
    public long expireAfterRead(Key key, Entry entry, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }

  /** The time to live of queries that set none. */
  public Duration defaultTtl() {
    return defaultTtl;
  }

  /**
   * Answers {@code query} from the cache or runs it on {@code executor}, storing the result unless
   * the executor is in a transaction.
   */
  public <R extends Record> Result<R> fetch(
      JdbcExecutor executor, ResultQuery<R> query, Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("A cached result must live for some time, not " + ttl);
    }
    StatementTables statement = StatementTables.of(query);
    if (statement.kind() == StatementTables.Kind.WRITE) {
      // refused before rendering, which may itself fail (RETURNING where the dialect has none)
      throw new IllegalArgumentException(
          "Only queries can be cached, and this statement writes to " + statement.tables());
    }
    RenderedQuery rendered = query.render(executor.dialect());
    boolean anyTable = statement.kind() == StatementTables.Kind.PLAIN_SQL;
    if (anyTable && !readsOnly(rendered.sql())) {
      throw new IllegalArgumentException(
          "Only queries can be cached, and this statement writes: " + rendered.sql());
    }
    CacheEvent event = new CacheEvent(rendered.sql(), rendered.bindValues(), statement.tables());
    TransactionWrites writes = executor.transactionWrites();
    if (writes != null && writes.touches(statement.tables(), anyTable)) {
      miss(event); // the transaction changed what the query reads; only the database knows
      return executor.fetch(query, 0);
    }
    Key key = new Key(rendered.sql(), rendered.bindValues().toArray());
    Cache<Key, Entry> cache = cache();
    Entry cached = cache.getIfPresent(key);
    if (cached != null) {
      hits.increment();
      for (CacheListener listener : listeners) {
        listener.hit(event);
      }
      return rebuild(cached, executor);
    }
    miss(event);
    long started = epoch.get();
    Result<R> result = executor.fetch(query, 0);
    if (writes == null) {
      RecordType<R> type = typeOf(query.recordType(), result);
      CachedValues values = CachedValues.of(type, result);
      Entry entry =
          new Entry(
              rows(result, values),
              type,
              values,
              lowerCase(statement.tables()),
              anyTable,
              ttl.toNanos());
      cache.put(key, entry);
      if (epoch.get() != started) {
        cache.asMap().remove(key, entry);
      }
    }
    return result;
  }

  private void miss(CacheEvent event) {
    misses.increment();
    for (CacheListener listener : listeners) {
      listener.miss(event);
    }
  }

  private static List<@Nullable Object[]> rows(
      Result<? extends Record> result, CachedValues values) {
    List<@Nullable Object[]> rows = new ArrayList<>(result.size());
    for (Record record : result) {
      rows.add(values.store(record.intoArray()));
    }
    return List.copyOf(rows);
  }

  /**
   * The type that rebuilds {@code result}'s records: the declared one, or, for a query that
   * declares no fields (plain SQL, a table known only by name), one with the fields the rows were
   * read with.
   */
  @SuppressWarnings("unchecked")
  private static <R extends Record> RecordType<R> typeOf(RecordType<R> declared, Result<R> result) {
    if (!declared.fields().isEmpty() || result.isEmpty()) {
      return declared;
    }
    return (RecordType<R>) Queries.rowRecordType(result.get(0).fields());
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> Result<R> rebuild(Entry entry, JdbcExecutor executor) {
    RecordType<R> type = (RecordType<R>) entry.type();
    List<R> records = new ArrayList<>(entry.rows().size());
    for (@Nullable Object[] row : entry.rows()) {
      records.add(type.newRecord(entry.values().hit(row), executor));
    }
    return Queries.result(records);
  }

  /**
   * Whether plain SQL only reads: it starts with {@code select} (after whitespace and opening
   * parentheses) and holds no {@code ;} before its end, so it is one statement. Anything else,
   * including {@code with}, which can hide a data-modifying CTE, and {@code select 1; update …},
   * counts as a write to every table; a {@code ;} inside a string literal errs the same safe way.
   */
  static boolean readsOnly(String sql) {
    int i = 0;
    while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
      i++;
    }
    boolean select =
        sql.regionMatches(true, i, "select", 0, 6)
            && (sql.length() == i + 6 || !Character.isLetterOrDigit(sql.charAt(i + 6)));
    return select && oneStatement(sql);
  }

  private static boolean oneStatement(String sql) {
    int semicolon = sql.indexOf(';');
    if (semicolon < 0) {
      return true;
    }
    for (int i = semicolon + 1; i < sql.length(); i++) {
      if (!Character.isWhitespace(sql.charAt(i)) && sql.charAt(i) != ';') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void invalidate(Set<String> tables) {
    if (tables.isEmpty()) {
      return;
    }
    Set<String> written = lowerCase(tables);
    epoch.incrementAndGet();
    invalidations.increment();
    Cache<Key, Entry> cache = this.cache;
    if (cache != null) {
      cache.asMap().values().removeIf(entry -> entry.reads(written));
    }
    for (CacheListener listener : listeners) {
      listener.invalidated(Set.copyOf(tables));
    }
  }

  /**
   * Table names compare without case: SQLite ignores it, and on PostgreSQL two tables whose names
   * differ only in case merely invalidate each other, which costs a miss, never a stale result.
   */
  private static Set<String> lowerCase(Set<String> tables) {
    Set<String> lower = new java.util.HashSet<>();
    for (String table : tables) {
      lower.add(table.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lower);
  }

  @Override
  public void invalidateAll() {
    epoch.incrementAndGet();
    invalidations.increment();
    Cache<Key, Entry> cache = this.cache;
    if (cache != null) {
      cache.invalidateAll();
    }
    for (CacheListener listener : listeners) {
      listener.invalidated(Set.of());
    }
  }

  /** The counts so far. */
  public CacheStats stats() {
    Cache<Key, Entry> cache = this.cache;
    long size = 0;
    if (cache != null) {
      cache.cleanUp();
      size = cache.estimatedSize();
    }
    return new CacheStats(hits.sum(), misses.sum(), invalidations.sum(), size);
  }

  @Override
  public String toString() {
    return "ResultCache " + stats();
  }

  /**
   * Tells this cache that {@code statement} ran: a write drops the cached results that read its
   * tables (plain SQL that is not a {@code select} drops them all); inside a transaction, {@code
   * writes} remembers the tables, to drop them again at commit.
   */
  void written(Query statement, RenderedQuery rendered, @Nullable TransactionWrites writes) {
    if (Queries.isSelect(statement)) {
      return;
    }
    StatementTables tables = StatementTables.of(statement);
    if (tables.kind() == StatementTables.Kind.WRITE) {
      if (writes != null) {
        writes.add(tables.tables());
      }
      invalidate(tables.tables());
    } else if (tables.kind() == StatementTables.Kind.PLAIN_SQL && !readsOnly(rendered.sql())) {
      if (writes != null) {
        writes.addAll();
      }
      invalidateAll();
    }
  }
}
