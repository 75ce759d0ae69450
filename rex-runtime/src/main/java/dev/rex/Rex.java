package dev.rex;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.spi.Dialect;
import dev.rex.listener.ConnectionObserver;
import dev.rex.listener.ExecuteListener;
import dev.rex.listener.LoggingExecuteListener;
import dev.rex.runtime.ExceptionTranslator;
import dev.rex.runtime.JdbcExecutor;
import dev.rex.runtime.MigrationSupport;
import dev.rex.runtime.ResultCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A database, ready for typed queries. {@link #connect} opens a HikariCP pool and detects the
 * dialect from the URL; {@link #using} runs on a {@link DataSource} the application owns. A {@code
 * Rex} is thread-safe and meant to live as long as the application; {@link #close()} shuts the pool
 * it opened.
 *
 * <pre>{@code
 * try (Rex db = Rex.connect("jdbc:sqlite:app.db")) {
 *   Result<AlbumRecord> albums = db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(1)).fetch();
 * }
 * }</pre>
 */
public final class Rex extends AbstractDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final @Nullable HikariDataSource ownedPool;
  private final RexSettings settings;
  private final Plugins plugins;
  private final @Nullable Replicas replicas;
  private final @Nullable ReadOnlyDatabase readOnly;

  private Rex(
      DataSource dataSource,
      @Nullable HikariDataSource ownedPool,
      Dialect dialect,
      RexSettings settings,
      Plugins plugins) {
    super(
        JdbcExecutor.pooled(
            dataSource,
            dialect,
            settings.bindings(),
            settings.statementCacheSize(),
            listenerOf(settings),
            settings.validators(),
            new ResultCache(
                settings.resultCacheSize(), settings.resultCacheTtl(), settings.cacheListeners()),
            settings.queryTimeout()));
    this.dataSource = dataSource;
    this.ownedPool = ownedPool;
    this.settings = settings;
    this.plugins = plugins;
    ReplicaSettings replicaSettings = settings.replicas();
    if (replicaSettings == null) {
      this.replicas = null;
      this.readOnly = null;
    } else {
      this.replicas = Replicas.open(replicaSettings, dataSource, dialect, settings);
      this.readOnly =
          new ReadOnlyDatabase(
              JdbcExecutor.pooled(
                  replicas,
                  dialect,
                  settings.bindings(),
                  settings.statementCacheSize(),
                  listenerOf(settings),
                  settings.validators(),
                  null,
                  settings.queryTimeout()));
    }
  }

  /**
   * This database for reads that may run on a read replica ({@link RexSettings#withReplicas}): each
   * statement, and each transaction, takes a connection from the next replica that answers, or from
   * the primary when none does. A replica may lag behind the primary, so read what you just wrote
   * in the transaction that wrote it (or on this instance). A write through it fails on a replica,
   * which is read-only. Without replicas, this instance.
   */
  public Database readOnly() {
    return readOnly == null ? this : readOnly;
  }

  /**
   * Checks each read replica (at most {@code timeout} each): reachable, and how far behind the
   * primary its replay is. Empty without replicas. Never throws for a replica that is down.
   */
  public List<ReplicaHealth> replicaHealth(Duration timeout) {
    return replicas == null ? List.of() : replicas.health(timeout);
  }

  @Override
  JdbcExecutor readOnlyExecutor() {
    return readOnly == null ? executor : readOnly.executor;
  }

  /** Starts the plugins of a new instance; if one fails, releases what the instance holds. */
  private static Rex started(Rex db) {
    try {
      db.plugins.start(db);
    } catch (RuntimeException e) {
      db.closeResources();
      throw e;
    }
    return db;
  }

  /** Connects to {@code jdbcUrl} with a pool of its own and the default settings. */
  public static Rex connect(String jdbcUrl) {
    return connect(jdbcUrl, RexSettings.defaults());
  }

  /**
   * Connects to {@code jdbcUrl} with a HikariCP pool of its own. The dialect is the installed one
   * that {@linkplain Dialect#acceptsUrl accepts} the URL; it sets the {@linkplain
   * Dialect#connectionProperties driver properties} the pool's connections are opened with and may
   * {@linkplain Dialect#maximumConnections cap the pool's size} (an in-memory database that lives
   * inside one connection gets a single connection, so that every statement sees it).
   *
   * @throws ConnectionException when the database cannot be reached
   */
  public static Rex connect(String jdbcUrl, RexSettings requested) {
    Plugins plugins = Plugins.of(requested);
    Dialect dialect = plugins.dialectFor(jdbcUrl);
    RexSettings settings = plugins.configure(requested);
    HikariDataSource pool = PoolFactory.open(jdbcUrl, dialect, settings);
    try {
      return started(new Rex(pool, pool, dialect, settings, plugins));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Runs on a pool the application owns; the dialect is detected from a connection's URL. */
  public static Rex using(DataSource dataSource) {
    return using(dataSource, RexSettings.defaults());
  }

  /** Runs on a pool the application owns, with settings; the dialect is detected. */
  public static Rex using(DataSource dataSource, RexSettings settings) {
    Plugins plugins = Plugins.of(settings);
    Dialect dialect = detect(dataSource, plugins);
    return started(new Rex(dataSource, null, dialect, plugins.configure(settings), plugins));
  }

  /** Runs on a pool the application owns, with a known dialect (no connection is opened yet). */
  public static Rex using(DataSource dataSource, Dialect dialect, RexSettings settings) {
    Plugins plugins = Plugins.of(settings);
    return started(new Rex(dataSource, null, dialect, plugins.configure(settings), plugins));
  }

  private static Dialect detect(DataSource dataSource, Plugins plugins) {
    try (Connection connection = dataSource.getConnection()) {
      return plugins.dialectFor(connection.getMetaData().getURL());
    } catch (SQLException e) {
      throw ExceptionTranslator.translate(e, null, null);
    }
  }

  private static @Nullable ExecuteListener listenerOf(RexSettings settings) {
    List<ExecuteListener> listeners = new ArrayList<>();
    if (settings.logging()) {
      listeners.add(new LoggingExecuteListener(settings.slowQueryThreshold()));
    }
    listeners.addAll(settings.listeners());
    if (listeners.isEmpty()) {
      return null;
    }
    return listeners.size() == 1 ? listeners.get(0) : ExecuteListener.combine(listeners);
  }

  /**
   * Applies the pending Flyway migrations in {@code classpath:db/migration} to {@code dataSource},
   * each in its own transaction: for deployments that migrate at start-up rather than with {@code
   * mvn rex:migrate}. Needs {@code dev.rex:rex-migrate} on the class path. Concurrent calls from
   * several instances apply each migration once; the others wait and find nothing to do.
   *
   * @return how many migrations were applied now
   * @throws dev.rex.dsl.exception.RexException when rex-migrate is not on the class path
   * @throws dev.rex.migrate.MigrationException naming the script, line, statement and the
   *     database's message when a migration fails (it was rolled back)
   */
  public static int migrate(DataSource dataSource) {
    return MigrationSupport.migrate(dataSource);
  }

  /**
   * Like {@link #migrate(DataSource)}, from Flyway locations such as {@code
   * classpath:db/migration/sqlite} or {@code filesystem:/opt/app/migrations}.
   */
  public static int migrate(DataSource dataSource, String... locations) {
    return MigrationSupport.migrate(dataSource, locations);
  }

  /**
   * Applies the migrations in {@code classpath:db/migration} to this database; see {@link
   * #migrate(DataSource)}.
   */
  public int migrate() {
    refuseBehindTransactionPooler();
    return migrate(dataSource);
  }

  /**
   * Applies the migrations in {@code locations} to this database; see {@link #migrate(DataSource)}.
   */
  public int migrate(String... locations) {
    refuseBehindTransactionPooler();
    return migrate(dataSource, locations);
  }

  /** Migrations hold a session-level lock, which a transaction-mode pooler cannot keep. */
  private void refuseBehindTransactionPooler() {
    if (settings.pool().transactionPooler()) {
      throw new ConfigurationException(
          "Migrations take a session-level lock, which a pooler in transaction mode (PgBouncer,"
              + " RDS Proxy) cannot hold: run them on a direct connection to the database, with"
              + " Rex.migrate(dataSource) or mvn rex:migrate.");
    }
  }

  /** The settings this instance was created with. */
  public RexSettings settings() {
    return settings;
  }

  /**
   * Shows {@code observer} each connection this instance takes from its pool from now on, before
   * statements run on it; see {@link ConnectionObserver} for what an observer must be.
   */
  public void addConnectionObserver(ConnectionObserver observer) {
    executor.addConnectionObserver(Objects.requireNonNull(observer, "observer"));
  }

  /** Stops showing connections to {@code observer} (registered with the method above). */
  public void removeConnectionObserver(ConnectionObserver observer) {
    executor.removeConnectionObserver(observer);
  }

  /** The connections this instance uses. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Checks the database: takes a connection from the pool and asks the driver whether it is valid
   * (at most {@code timeout}, rounded up to whole seconds), and reads the pool's state. Never
   * throws for an unreachable database: {@link Health#reachable()} is false and {@link
   * Health#problem()} says why.
   */
  public Health health(Duration timeout) {
    long started = System.nanoTime();
    boolean reachable;
    String problem = null;
    try (Connection connection = dataSource.getConnection()) {
      int seconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
      reachable = connection.isValid(seconds);
      if (!reachable) {
        problem = "The connection did not pass the driver's validity check within " + timeout;
      }
    } catch (SQLException | RuntimeException e) {
      reachable = false;
      problem = PoolFactory.rootMessage(e);
    }
    Duration latency = Duration.ofNanos(System.nanoTime() - started);
    HikariPoolMXBean state = ownedPool == null ? null : ownedPool.getHikariPoolMXBean();
    if (state == null) {
      return new Health(reachable, latency, problem, -1, -1, -1, -1);
    }
    return new Health(
        reachable,
        latency,
        problem,
        state.getActiveConnections(),
        state.getIdleConnections(),
        state.getTotalConnections(),
        state.getThreadsAwaitingConnection());
  }

  /** {@link #health(Duration)} with a 5-second check. */
  public Health health() {
    return health(Duration.ofSeconds(5));
  }

  /**
   * Closes gracefully: waits up to {@code grace} for the statements, streams and transactions that
   * hold connections of the pool {@link #connect} opened to give them back, then closes as {@link
   * #close()} does (which aborts connections still in use). Work that starts meanwhile still runs.
   *
   * @return whether every connection was back before the pool closed
   */
  public boolean close(Duration grace) {
    boolean drained = true;
    HikariPoolMXBean state = ownedPool == null ? null : ownedPool.getHikariPoolMXBean();
    if (state != null) {
      long deadline = System.nanoTime() + grace.toNanos();
      while (state.getActiveConnections() > 0 && System.nanoTime() - deadline < 0) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      drained = state.getActiveConnections() == 0;
    }
    close();
    return drained;
  }

  /**
   * Closes the plugins (last first), cached statements and, if this instance opened its pool with
   * {@link #connect}, the pool. A pool passed to {@link #using} stays open: it belongs to the
   * application.
   */
  @Override
  public void close() {
    plugins.close(this);
    closeResources();
  }

  private void closeResources() {
    executor.close();
    if (readOnly != null) {
      readOnly.executor.close();
    }
    if (replicas != null) {
      replicas.close();
    }
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  @Override
  public String toString() {
    return "Rex (" + dialect().name() + ")";
  }
}
