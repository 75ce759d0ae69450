package dev.rex;

import dev.rex.cache.CacheListener;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.Validator;
import dev.rex.dsl.spi.Binding;
import dev.rex.listener.ExecuteListener;
import dev.rex.plugin.RexPlugin;
import dev.rex.runtime.Validators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Rex} instance behaves. Immutable: each {@code with…} method returns a changed copy,
 * and a {@code Rex} keeps the settings it was created with.
 *
 * <pre>{@code
 * Rex db = Rex.connect(url, RexSettings.defaults()
 *     .withMaximumPoolSize(4)
 *     .withSlowQueryThreshold(Duration.ofMillis(200))
 *     .withListener(myListener)
 *     .withValidator(ARTIST, myRule)
 *     .withResultCache(10_000, Duration.ofMinutes(5)));
 * }</pre>
 */
public final class RexSettings {

  private static final RexSettings DEFAULTS = new RexSettings(new Values());

  /** The mutable copy that {@code with…} methods change before freezing it again. */
  private static final class Values {
    List<ExecuteListener> listeners = List.of();
    boolean logging = true;
    Duration slowQueryThreshold = Duration.ofSeconds(1);
    int maximumPoolSize = 10;
    int statementCacheSize = 256;
    Duration connectionTimeout = Duration.ofSeconds(30);
    Duration leakDetectionThreshold = Duration.ZERO;
    Validators validators = Validators.NONE;
    long resultCacheSize = 1_000;
    Duration resultCacheTtl = Duration.ofMinutes(1);
    List<CacheListener> cacheListeners = List.of();
    Duration queryTimeout = Duration.ZERO;
    List<RexPlugin> plugins = List.of();
    Map<Class<?>, Binding<?>> bindings = Map.of();
    boolean pluginDiscovery = true;
    PoolSettings pool = PoolSettings.defaults();
    @Nullable ReplicaSettings replicas;
  }

  private final Values values;

  private RexSettings(Values values) {
    this.values = values;
  }

  private RexSettings with(Consumer<Values> change) {
    Values copy = new Values();
    copy.listeners = values.listeners;
    copy.logging = values.logging;
    copy.slowQueryThreshold = values.slowQueryThreshold;
    copy.maximumPoolSize = values.maximumPoolSize;
    copy.statementCacheSize = values.statementCacheSize;
    copy.connectionTimeout = values.connectionTimeout;
    copy.leakDetectionThreshold = values.leakDetectionThreshold;
    copy.validators = values.validators;
    copy.resultCacheSize = values.resultCacheSize;
    copy.resultCacheTtl = values.resultCacheTtl;
    copy.cacheListeners = values.cacheListeners;
    copy.queryTimeout = values.queryTimeout;
    copy.plugins = values.plugins;
    copy.bindings = values.bindings;
    copy.pluginDiscovery = values.pluginDiscovery;
    copy.pool = values.pool;
    copy.replicas = values.replicas;
    change.accept(copy);
    return new RexSettings(copy);
  }

  /**
   * The defaults: SQL logging on (DEBUG, and WARN above 1 s), a pool of at most 10 connections, 256
   * cached prepared statements per connection, 30 s to wait for a connection, no validators, and a
   * result cache of at most 1,000 results kept for 1 minute (used only by queries run through
   * {@code db.cache()}).
   */
  public static RexSettings defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults with a pool for serverless functions: at most 2 connections, opened only when a
   * statement needs one and closed after 30 s idle ({@link PoolSettings#serverless()}).
   */
  public static RexSettings serverless() {
    return DEFAULTS.withMaximumPoolSize(2).withPool(PoolSettings.serverless());
  }

  /** How the pool {@link Rex#connect} opens keeps its connections. */
  public PoolSettings pool() {
    return values.pool;
  }

  /** A copy with other pool settings. */
  public RexSettings withPool(PoolSettings pool) {
    Objects.requireNonNull(pool, "pool");
    return with(v -> v.pool = pool);
  }

  /** The read replicas {@link Rex#connect} routes read-only work to, or null for none. */
  public @Nullable ReplicaSettings replicas() {
    return values.replicas;
  }

  /**
   * A copy that sends read-only work to the replicas at {@code jdbcUrls}, with the defaults of
   * {@link ReplicaSettings#of}.
   */
  public RexSettings withReplicas(String... jdbcUrls) {
    return withReplicas(ReplicaSettings.of(jdbcUrls));
  }

  /** A copy that sends read-only work to {@code replicas}; null: everything to the primary. */
  public RexSettings withReplicas(@Nullable ReplicaSettings replicas) {
    return with(v -> v.replicas = replicas);
  }

  /** Listeners called around every statement, in order, after the logging listener. */
  public List<ExecuteListener> listeners() {
    return values.listeners;
  }

  /** Whether statements are logged through SLF4J (logger {@code dev.rex.sql}). */
  public boolean logging() {
    return values.logging;
  }

  /** Statements slower than this are logged at WARN. */
  public Duration slowQueryThreshold() {
    return values.slowQueryThreshold;
  }

  /** The largest number of pooled connections {@link Rex#connect} opens. */
  public int maximumPoolSize() {
    return values.maximumPoolSize;
  }

  /** How many prepared statements are kept open per connection (0 disables the cache). */
  public int statementCacheSize() {
    return values.statementCacheSize;
  }

  /** How long to wait for a pooled connection before failing. */
  public Duration connectionTimeout() {
    return values.connectionTimeout;
  }

  /**
   * How long a connection may stay checked out of a pool {@link Rex#connect} opened before HikariCP
   * logs a WARN with the stack trace of where it was taken (HikariCP's {@code
   * leakDetectionThreshold}); {@link Duration#ZERO}, the default, turns this off.
   */
  public Duration leakDetectionThreshold() {
    return values.leakDetectionThreshold;
  }

  /** The application's validators, per table. */
  Validators validators() {
    return values.validators;
  }

  /** The largest number of results the result cache holds. */
  public long resultCacheSize() {
    return values.resultCacheSize;
  }

  /** How long a cached result lives when a query does not say. */
  public Duration resultCacheTtl() {
    return values.resultCacheTtl;
  }

  /** Listeners told about result-cache hits, misses and invalidations. */
  public List<CacheListener> cacheListeners() {
    return values.cacheListeners;
  }

  /** The plugins given explicitly, besides those discovered. */
  public List<RexPlugin> plugins() {
    return values.plugins;
  }

  /**
   * Whether plugins on the class path are found through {@link java.util.ServiceLoader} (the
   * default).
   */
  public boolean pluginDiscovery() {
    return values.pluginDiscovery;
  }

  /**
   * A copy with one more plugin; it replaces a discovered plugin of the same {@linkplain
   * RexPlugin#name() name}. See {@link RexPlugin} for the order and lifecycle.
   */
  public RexSettings withPlugin(RexPlugin plugin) {
    Objects.requireNonNull(plugin, "plugin");
    return with(v -> v.plugins = append(v.plugins, plugin));
  }

  /** A copy that finds plugins on the class path, or only uses those given with withPlugin. */
  public RexSettings withPluginDiscovery(boolean enabled) {
    return with(v -> v.pluginDiscovery = enabled);
  }

  /**
   * The bindings given for Java types, by type: the application's own ({@link #withBinding}) and,
   * in the settings a {@code Rex} runs with ({@code db.settings()}), its plugins' ({@link
   * RexPlugin#bindings()}). Types not listed are bound by the dialect.
   */
  public Map<Class<?>, Binding<?>> bindings() {
    return values.bindings;
  }

  /**
   * A copy that binds the values of {@code type} with {@code binding}, on every dialect: a field
   * whose {@link dev.rex.dsl.DataType#getType() Java type} is {@code type} is written and read
   * through it, in parameters, results and records. It replaces a binding given before for the same
   * type; the application's binding wins over a plugin's, and a plugin's over the dialect's.
   *
   * @throws IllegalArgumentException if {@code type} is primitive: fields hold boxed values
   */
  public <T> RexSettings withBinding(Class<T> type, Binding<T> binding) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(binding, "binding");
    if (type.isPrimitive()) {
      throw new IllegalArgumentException(
          "Fields hold boxed values: bind the wrapper class instead of " + type);
    }
    return with(
        v -> {
          Map<Class<?>, Binding<?>> more = new LinkedHashMap<>(v.bindings);
          more.put(type, binding);
          v.bindings = Collections.unmodifiableMap(more);
        });
  }

  /** A copy with one more listener. */
  public RexSettings withListener(ExecuteListener listener) {
    Objects.requireNonNull(listener, "listener");
    return with(v -> v.listeners = append(v.listeners, listener));
  }

  /** A copy with SQL logging switched on or off. */
  public RexSettings withLogging(boolean enabled) {
    return with(v -> v.logging = enabled);
  }

  /** A copy with another slow-statement threshold. */
  public RexSettings withSlowQueryThreshold(Duration threshold) {
    Objects.requireNonNull(threshold);
    return with(v -> v.slowQueryThreshold = threshold);
  }

  /** A copy with another pool size. */
  public RexSettings withMaximumPoolSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("The pool needs at least one connection, not " + size);
    }
    return with(v -> v.maximumPoolSize = size);
  }

  /** A copy with another statement cache size per connection; 0 turns caching off. */
  public RexSettings withStatementCacheSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("The statement cache size cannot be negative: " + size);
    }
    return with(v -> v.statementCacheSize = size);
  }

  /**
   * A copy in which a statement that runs longer than {@code timeout} is cancelled and fails with
   * {@link dev.rex.dsl.exception.QueryTimeoutException}; {@link Duration#ZERO} (the default) lets
   * statements run as long as they take. It bounds single queries, updates and batches, not the
   * reading of a stream. On SQLite the cancellation interrupts the statement ({@code
   * sqlite3_interrupt}); on PostgreSQL the server cancels it.
   */
  public RexSettings withQueryTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("The query timeout cannot be negative: " + timeout);
    }
    return with(v -> v.queryTimeout = timeout);
  }

  /** How long a statement may run before it is cancelled; zero for no limit. */
  public Duration queryTimeout() {
    return values.queryTimeout;
  }

  /** A copy with another time to wait for a pooled connection. */
  public RexSettings withConnectionTimeout(Duration timeout) {
    Objects.requireNonNull(timeout);
    return with(v -> v.connectionTimeout = timeout);
  }

  /**
   * A copy in which a connection held longer than {@code threshold} by one statement, stream or
   * transaction is reported: HikariCP logs a WARN (logger {@code com.zaxxer.hikari}) with the stack
   * trace of where it was taken. At least 2 seconds, or {@link Duration#ZERO} to turn it off. Only
   * pools {@link Rex#connect} opens use it; Rex's own warning for a stream garbage-collected
   * without being closed is always on.
   */
  public RexSettings withLeakDetectionThreshold(Duration threshold) {
    Objects.requireNonNull(threshold, "threshold");
    if (!threshold.isZero() && threshold.compareTo(Duration.ofSeconds(2)) < 0) {
      throw new IllegalArgumentException(
          "The leak detection threshold must be at least 2 seconds (HikariCP's minimum), or zero"
              + " to turn it off, not "
              + threshold);
    }
    return with(v -> v.leakDetectionThreshold = threshold);
  }

  /**
   * A copy with one more application rule for the records of {@code table}. Rules run after the
   * table's declared constraints, in the order they were added, in {@code record.validate()} and
   * before records are inserted, updated or batch-inserted.
   */
  public <R extends Record> RexSettings withValidator(Table<R> table, Validator<? super R> rule) {
    Objects.requireNonNull(rule, "rule");
    return with(v -> v.validators = v.validators.with(table, rule));
  }

  /**
   * A copy whose result cache holds at most {@code maximumSize} results, each for {@code ttl}
   * unless the query says otherwise.
   */
  public RexSettings withResultCache(long maximumSize, Duration ttl) {
    if (maximumSize < 0) {
      throw new IllegalArgumentException(
          "The result cache size cannot be negative: " + maximumSize);
    }
    requirePositive(ttl);
    return with(
        v -> {
          v.resultCacheSize = maximumSize;
          v.resultCacheTtl = ttl;
        });
  }

  /** A copy with one more listener for result-cache hits, misses and invalidations. */
  public RexSettings withCacheListener(CacheListener listener) {
    Objects.requireNonNull(listener, "listener");
    return with(v -> v.cacheListeners = append(v.cacheListeners, listener));
  }

  static Duration requirePositive(Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("A cached result must live for some time, not " + ttl);
    }
    return ttl;
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> more = new ArrayList<>(list);
    more.add(item);
    return List.copyOf(more);
  }
}
