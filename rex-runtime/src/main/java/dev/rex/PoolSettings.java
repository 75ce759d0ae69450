package dev.rex;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the HikariCP pool that {@link Rex#connect} opens keeps its connections (a pool passed to
 * {@link Rex#using} is configured by the application). Immutable; set on {@link
 * RexSettings#withPool}. The defaults suit a long-running server: connect at start, keep idle
 * connections. {@link #serverless()} suits a function that lives for a few requests and a database
 * behind a pooler.
 */
public final class PoolSettings {

  private static final PoolSettings DEFAULTS =
      new PoolSettings(
          1,
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          true,
          false,
          null,
          null,
          Duration.ZERO);

  private static final PoolSettings SERVERLESS =
      new PoolSettings(
          0,
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          false,
          false,
          null,
          null,
          Duration.ZERO);

  private final int minimumIdle;
  private final Duration idleTimeout;
  private final Duration maxLifetime;
  private final boolean connectOnStart;
  private final boolean transactionPooler;
  private final @Nullable String user;
  private final @Nullable String password;
  private final Duration startTimeout;

  private PoolSettings(
      int minimumIdle,
      Duration idleTimeout,
      Duration maxLifetime,
      boolean connectOnStart,
      boolean transactionPooler,
      @Nullable String user,
      @Nullable String password,
      Duration startTimeout) {
    this.minimumIdle = minimumIdle;
    this.idleTimeout = idleTimeout;
    this.maxLifetime = maxLifetime;
    this.connectOnStart = connectOnStart;
    this.transactionPooler = transactionPooler;
    this.user = user;
    this.password = password;
    this.startTimeout = startTimeout;
  }

  /**
   * The defaults: one connection kept idle, more opened as statements need them (up to the pool's
   * size) and closed again after 10 minutes idle, every connection replaced after 30 minutes, and a
   * first connection opened by {@code Rex.connect}, so that a wrong URL fails at once. Not a pool
   * filled to its size at start: opening the other connections in the background competed with the
   * first statement for the CPU, which cost a process that starts, queries and ends (a function, a
   * command-line tool) up to a fifth of its time. {@link #withMinimumIdle} keeps more.
   */
  public static PoolSettings defaults() {
    return DEFAULTS;
  }

  /**
   * For functions and short-lived instances: no connection until the first statement, none kept
   * idle, idle ones closed after 30 seconds, each replaced after 5 minutes (below the idle limits
   * of load balancers, NATs and proxies such as RDS Proxy). {@link RexSettings#serverless()} pairs
   * it with a pool of 2.
   */
  public static PoolSettings serverless() {
    return SERVERLESS;
  }

  /** Idle connections the pool keeps (at most its size). */
  public int minimumIdle() {
    return minimumIdle;
  }

  /** How long a connection above {@link #minimumIdle} may stay idle before it is closed. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** How long a connection lives at most; it is replaced when it is next idle. */
  public Duration maxLifetime() {
    return maxLifetime;
  }

  /** Whether {@code Rex.connect} opens a first connection (and fails if it cannot). */
  public boolean connectOnStart() {
    return connectOnStart;
  }

  /**
   * Whether the URL points at a pooler in transaction mode (PgBouncer, RDS Proxy) that gives each
   * transaction any server connection: then the dialect turns off what needs a session to itself,
   * such as server-side prepared statements.
   */
  public boolean transactionPooler() {
    return transactionPooler;
  }

  /** The user to connect as, or null to take it from the URL. */
  public @Nullable String user() {
    return user;
  }

  /** The password, or null to take it from the URL. */
  public @Nullable String password() {
    return password;
  }

  /**
   * How long {@code Rex.connect} keeps trying to open its first connection when the database
   * refuses it (one that is still starting, say) before it fails; zero, the default, fails at the
   * first refusal. Only with {@link #connectOnStart()}.
   */
  public Duration startTimeout() {
    return startTimeout;
  }

  /**
   * A copy that keeps trying to open the first connection for {@code timeout} (zero: not at all).
   */
  public PoolSettings withStartTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "start timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("The pool's start timeout cannot be negative: " + timeout);
    }
    return new PoolSettings(
        minimumIdle,
        idleTimeout,
        maxLifetime,
        connectOnStart,
        transactionPooler,
        user,
        password,
        timeout);
  }

  /** A copy that keeps {@code count} idle connections (0 or more; at most the pool's size). */
  public PoolSettings withMinimumIdle(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("The pool cannot keep " + count + " idle connections");
    }
    return new PoolSettings(
        count,
        idleTimeout,
        maxLifetime,
        connectOnStart,
        transactionPooler,
        user,
        password,
        startTimeout);
  }

  /**
   * A copy that closes idle connections after {@code timeout} (at least 10 s, HikariCP's floor).
   */
  public PoolSettings withIdleTimeout(Duration timeout) {
    atLeast(timeout, Duration.ofSeconds(10), "idle timeout");
    return new PoolSettings(
        minimumIdle,
        timeout,
        maxLifetime,
        connectOnStart,
        transactionPooler,
        user,
        password,
        startTimeout);
  }

  /** A copy that replaces connections after {@code lifetime} (at least 30 s, HikariCP's floor). */
  public PoolSettings withMaxLifetime(Duration lifetime) {
    atLeast(lifetime, Duration.ofSeconds(30), "maximum lifetime");
    return new PoolSettings(
        minimumIdle,
        idleTimeout,
        lifetime,
        connectOnStart,
        transactionPooler,
        user,
        password,
        startTimeout);
  }

  /** A copy that opens the first connection at start, or only when a statement needs one. */
  public PoolSettings withConnectOnStart(boolean connect) {
    return new PoolSettings(
        minimumIdle,
        idleTimeout,
        maxLifetime,
        connect,
        transactionPooler,
        user,
        password,
        startTimeout);
  }

  /** A copy for a URL that points at a pooler in transaction mode, or not. */
  public PoolSettings withTransactionPooler(boolean pooler) {
    return new PoolSettings(
        minimumIdle,
        idleTimeout,
        maxLifetime,
        connectOnStart,
        pooler,
        user,
        password,
        startTimeout);
  }

  /** A copy that connects as {@code user} with {@code password} (null: none). */
  public PoolSettings withCredentials(String user, @Nullable String password) {
    Objects.requireNonNull(user, "user");
    return new PoolSettings(
        minimumIdle,
        idleTimeout,
        maxLifetime,
        connectOnStart,
        transactionPooler,
        user,
        password,
        startTimeout);
  }

  private static void atLeast(Duration value, Duration floor, String what) {
    Objects.requireNonNull(value, what);
    if (value.compareTo(floor) < 0) {
      throw new IllegalArgumentException(
          "The pool's " + what + " must be at least " + floor.toSeconds() + " s, not " + value);
    }
  }

  /** The settings without the password. */
  @Override
  public String toString() {
    return "PoolSettings[minimumIdle="
        + minimumIdle
        + ", idleTimeout="
        + idleTimeout
        + ", maxLifetime="
        + maxLifetime
        + ", connectOnStart="
        + connectOnStart
        + ", transactionPooler="
        + transactionPooler
        + ", startTimeout="
        + startTimeout
        + ", user="
        + user
        + (password == null ? "" : ", password=***")
        + "]";
  }
}
