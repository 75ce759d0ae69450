package dev.rex;

import dev.rex.listener.ExecuteListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link Rex} instance behaves. Immutable: each {@code with…} method returns a changed copy,
 * and a {@code Rex} keeps the settings it was created with.
 *
 * <pre>{@code
 * Rex db = Rex.connect(url, RexSettings.defaults()
 *     .withMaximumPoolSize(4)
 *     .withSlowQueryThreshold(Duration.ofMillis(200))
 *     .withListener(myListener));
 * }</pre>
 */
public final class RexSettings {

  private static final RexSettings DEFAULTS =
      new RexSettings(List.of(), true, Duration.ofSeconds(1), 10, 256, Duration.ofSeconds(30));

  private final List<ExecuteListener> listeners;
  private final boolean logging;
  private final Duration slowQueryThreshold;
  private final int maximumPoolSize;
  private final int statementCacheSize;
  private final Duration connectionTimeout;

  private RexSettings(
      List<ExecuteListener> listeners,
      boolean logging,
      Duration slowQueryThreshold,
      int maximumPoolSize,
      int statementCacheSize,
      Duration connectionTimeout) {
    this.listeners = List.copyOf(listeners);
    this.logging = logging;
    this.slowQueryThreshold = slowQueryThreshold;
    this.maximumPoolSize = maximumPoolSize;
    this.statementCacheSize = statementCacheSize;
    this.connectionTimeout = connectionTimeout;
  }

  /**
   * The defaults: SQL logging on (DEBUG, and WARN above 1 s), a pool of at most 10 connections, 256
   * cached prepared statements per connection, 30 s to wait for a connection.
   */
  public static RexSettings defaults() {
    return DEFAULTS;
  }

  /** Listeners called around every statement, in order, after the logging listener. */
  public List<ExecuteListener> listeners() {
    return listeners;
  }

  /** Whether statements are logged through SLF4J (logger {@code dev.rex.sql}). */
  public boolean logging() {
    return logging;
  }

  /** Statements slower than this are logged at WARN. */
  public Duration slowQueryThreshold() {
    return slowQueryThreshold;
  }

  /** The largest number of pooled connections {@link Rex#connect} opens. */
  public int maximumPoolSize() {
    return maximumPoolSize;
  }

  /** How many prepared statements are kept open per connection (0 disables the cache). */
  public int statementCacheSize() {
    return statementCacheSize;
  }

  /** How long to wait for a pooled connection before failing. */
  public Duration connectionTimeout() {
    return connectionTimeout;
  }

  /** A copy with one more listener. */
  public RexSettings withListener(ExecuteListener listener) {
    List<ExecuteListener> more = new ArrayList<>(listeners);
    more.add(Objects.requireNonNull(listener, "listener"));
    return new RexSettings(
        more, logging, slowQueryThreshold, maximumPoolSize, statementCacheSize, connectionTimeout);
  }

  /** A copy with SQL logging switched on or off. */
  public RexSettings withLogging(boolean enabled) {
    return new RexSettings(
        listeners,
        enabled,
        slowQueryThreshold,
        maximumPoolSize,
        statementCacheSize,
        connectionTimeout);
  }

  /** A copy with another slow-statement threshold. */
  public RexSettings withSlowQueryThreshold(Duration threshold) {
    return new RexSettings(
        listeners,
        logging,
        Objects.requireNonNull(threshold),
        maximumPoolSize,
        statementCacheSize,
        connectionTimeout);
  }

  /** A copy with another pool size. */
  public RexSettings withMaximumPoolSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("The pool needs at least one connection, not " + size);
    }
    return new RexSettings(
        listeners, logging, slowQueryThreshold, size, statementCacheSize, connectionTimeout);
  }

  /** A copy with another statement cache size per connection; 0 turns caching off. */
  public RexSettings withStatementCacheSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("The statement cache size cannot be negative: " + size);
    }
    return new RexSettings(
        listeners, logging, slowQueryThreshold, maximumPoolSize, size, connectionTimeout);
  }

  /** A copy with another time to wait for a pooled connection. */
  public RexSettings withConnectionTimeout(Duration timeout) {
    return new RexSettings(
        listeners,
        logging,
        slowQueryThreshold,
        maximumPoolSize,
        statementCacheSize,
        Objects.requireNonNull(timeout));
  }
}
