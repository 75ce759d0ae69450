package dev.rex.runtime;

import dev.rex.dsl.Query;
import dev.rex.dsl.Record;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.impl.QueryBinding;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.ValidationRules;
import dev.rex.listener.ConnectionObserver;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Runs queries over JDBC. The hot path for a cached shape is: collect binds (no rendering), take a
 * connection, take the prepared statement from the per-connection cache, bind by index, read rows
 * by index through precomputed bindings, give the connection back. Listeners get an {@link
 * ExecuteContext} only when there are any.
 *
 * <p>After a statement that writes succeeds, the result cache (if any) drops the results that read
 * the written tables; inside a transaction the tables are also remembered and dropped again at
 * commit. Records attached to this executor check its validators ({@link ValidationRules}).
 */
public final class JdbcExecutor implements QueryExecutor, ValidationRules {

  private final Dialect dialect;
  private final TypeBindings types;
  private final ConnectionSource connections;
  private final StatementCache statements;
  private final StatementEvents events;
  private final Validators validators;
  private final @Nullable ResultCache cache;
  private final @Nullable TransactionWrites writes;
  private final QueryTimer timer;

  private JdbcExecutor(
      TypeBindings types,
      ConnectionSource connections,
      StatementCache statements,
      StatementEvents events,
      Validators validators,
      @Nullable ResultCache cache,
      @Nullable TransactionWrites writes,
      QueryTimer timer) {
    this.types = types;
    this.dialect = types.dialect();
    this.connections = connections;
    this.statements = statements;
    this.events = events;
    this.validators = validators;
    this.cache = cache;
    this.writes = writes;
    this.timer = timer;
  }

  /** An executor that takes a pooled connection per statement. */
  public static JdbcExecutor pooled(
      DataSource dataSource,
      Dialect dialect,
      int statementCacheSize,
      @Nullable ExecuteListener listener) {
    return pooled(
        dataSource,
        dialect,
        Map.of(),
        statementCacheSize,
        listener,
        Validators.NONE,
        null,
        Duration.ZERO);
  }

  /**
   * An executor that takes a pooled connection per statement, binds the values of the Java types in
   * {@code bindings} with their binding (the others with the dialect's), checks {@code validators}
   * for the records attached to it, keeps {@code cache} (if any) free of results its writes made
   * stale and cancels statements that run longer than {@code queryTimeout} (zero: never).
   */
  public static JdbcExecutor pooled(
      DataSource dataSource,
      Dialect dialect,
      Map<Class<?>, Binding<?>> bindings,
      int statementCacheSize,
      @Nullable ExecuteListener listener,
      Validators validators,
      @Nullable ResultCache cache,
      Duration queryTimeout) {
    return new JdbcExecutor(
        new TypeBindings(dialect, bindings),
        new PooledConnections(dataSource),
        new StatementCache(statementCacheSize),
        new StatementEvents(listener, dialect),
        validators,
        cache,
        null,
        queryTimeout.isZero() ? QueryTimer.NONE : new QueryTimer(queryTimeout));
  }

  /** An executor for one open transaction on {@code connection}, sharing this one's caches. */
  JdbcExecutor transactional(TransactionConnection connection) {
    return new JdbcExecutor(
        types,
        connection,
        statements,
        events,
        validators,
        cache,
        cache == null ? null : new TransactionWrites(),
        timer);
  }

  /** The result cache, or {@code null} when this executor has none. */
  public @Nullable ResultCache cache() {
    return cache;
  }

  /** What the transaction of this executor wrote, or {@code null} outside a transaction. */
  @Nullable TransactionWrites transactionWrites() {
    return writes;
  }

  /** Invalidates, once more, what this executor's transaction wrote; called after the commit. */
  void committed() {
    if (writes != null && cache != null) {
      writes.committed(cache);
    }
  }

  @Override
  public List<Violation> check(TableRecord<?> record) {
    return validators.check(record);
  }

  /**
   * Tells the result cache (if any) that {@code statement} ran; see {@link ResultCache#written}.
   */
  void written(Query statement, RenderedQuery rendered) {
    if (cache != null) {
      cache.written(statement, rendered, writes);
    }
  }

  ConnectionSource connections() {
    return connections;
  }

  /**
   * Shows every connection this executor takes from its pool to {@code observer} from now on.
   *
   * @throws IllegalStateException when this executor runs in a transaction (it takes no more)
   */
  public void addConnectionObserver(ConnectionObserver observer) {
    pool().addObserver(observer);
  }

  /** Stops showing connections to {@code observer}. */
  public void removeConnectionObserver(ConnectionObserver observer) {
    pool().removeObserver(observer);
  }

  private PooledConnections pool() {
    if (connections instanceof PooledConnections pool) {
      return pool;
    }
    throw new IllegalStateException("A transaction's executor takes no connections from the pool.");
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  /** The binding of each type: the settings' for its Java class, else the dialect's. */
  TypeBindings types() {
    return types;
  }

  /** True: neither {@code fetch} nor {@code fetchOne} keeps the query once it returns. */
  @Override
  public boolean releasesQueries() {
    return true;
  }

  @Override
  @SuppressWarnings("unchecked") // ALL_ROWS reads a List<R>
  public <R extends Record> Result<R> fetch(ResultQuery<R> query, int maxRows) {
    return Queries.result(
        (List<R>) query(query, maxRows, QueryRows.ALL_ROWS, QueryRows::allRowCount));
  }

  /**
   * As {@link #fetch} for two rows, without a list: the row, null, or (more than one row) a {@link
   * TooManyRowsException} — thrown after the statement ended, as {@code fetch} would leave it to
   * the caller. When the query's shape allows one row at most (a lookup by primary key, which the
   * database keeps unique), the statement's row maximum of two (which keeps a query that matches
   * many rows from sending them all) is left out, as MariaDB's driver turns every maximum into a
   * {@code SET STATEMENT} prefix built per execution, and so is the look for a second row.
   */
  @Override
  @SuppressWarnings({"unchecked", "NullAway"}) // the reader's "no row" is null, as T
  public <R extends Record> @Nullable R fetchOne(ResultQuery<R> query) {
    boolean keyed = Queries.returnsAtMostOneRow(query);
    Object row =
        query(
            query,
            keyed ? 0 : 2,
            keyed ? QueryRows.KEYED_ROW : QueryRows.ONE_ROW,
            JdbcExecutor::rowCount);
    if (row == RowReader.TOO_MANY) {
      throw Rare.tooManyRows(query.render(dialect).sql());
    }
    return (R) row;
  }

  private static int rowCount(@Nullable Object row) {
    return row == null ? 0 : row == RowReader.TOO_MANY ? 2 : 1;
  }

  /** Runs a query that returns rows; {@code read} runs on the connection and reads them. */
  private <R extends Record, T> T query(
      ResultQuery<R> query,
      int maxRows,
      Work<? super ResultQuery<R>, T> read,
      ToIntFunction<T> rowCount) {
    // Without a listener that needs them first, a prepared query's values are bound, not copied
    RenderedQuery rendered =
        events.startsEagerly()
            ? query.render(dialect)
            : QueryBinding.renderForBinding(query, dialect);
    T rows =
        onConnection(
            rendered,
            ExecuteContext.Kind.QUERY,
            1,
            query,
            maxRows,
            read,
            rowCount,
            Queries.isSelect(query) && !connections.inTransaction());
    written(query, rendered);
    return rows;
  }

  @Override
  public int execute(Query query) {
    if (query instanceof ResultQuery<?> rows) {
      return fetch(rows, 0).size();
    }
    RenderedQuery rendered = query.render(dialect);
    int count =
        onConnection(
            rendered,
            ExecuteContext.Kind.UPDATE,
            1,
            query,
            0,
            (self, connection, r, unused, limit) -> self.update(connection, r),
            updated -> updated);
    written(query, rendered);
    return count;
  }

  /** Prepares (or takes from the cache), binds and runs a statement that returns no rows. */
  private int update(Connection connection, RenderedQuery rendered) throws SQLException {
    CachedStatement cached = cached(connection, rendered.sql(), 0);
    PreparedStatement statement =
        cached != null ? cached.statement : prepare(connection, rendered.sql(), 0);
    QueryTimer.Watch watch = timer.watch(statement);
    try {
      StatementSteps.bind(statement, rendered, cached, types);
      return StatementSteps.runEveryStatement(statement);
    } catch (SQLException e) {
      throw watch.explain(e);
    } finally {
      watch.close();
      closeIfUncached(statement);
    }
  }

  /**
   * Runs an INSERT with JDBC's generated keys switched on, bypassing the statement cache, and reads
   * the first key of the first row ({@link KeyAndBatchWrites}).
   */
  @Override
  public @Nullable Object executeReturningGeneratedKey(Query insert) {
    return KeyAndBatchWrites.generatedKey(this, insert);
  }

  /**
   * Runs one statement with many sets of binds as a JDBC batch ({@link KeyAndBatchWrites}). Each
   * row's values are bound with the types of the template's binds; callers ({@code BatchBindStep},
   * {@code batchInsert}) guarantee that every row has one value per placeholder. {@code statement}
   * is the template's query, for the result cache to learn which tables the batch writes.
   */
  public int[] executeBatch(
      Query statement, RenderedQuery template, List<@Nullable Object[]> rows) {
    return KeyAndBatchWrites.batch(this, statement, template, rows);
  }

  /**
   * What runs on the connection; it may throw the driver's exceptions. It gets the executor, the
   * statement and an argument and a number of its own, so that the work of a query needs no
   * capturing lambda (no allocation) per execution.
   */
  @FunctionalInterface
  interface Work<A, T> {
    T run(
        JdbcExecutor executor,
        Connection connection,
        RenderedQuery rendered,
        A argument,
        int number)
        throws SQLException;
  }

  /**
   * Takes a connection, runs {@code work} on it and gives the connection back, whatever happens. A
   * driver failure is translated, reported to listeners and thrown; a broken connection is evicted
   * from the pool.
   */
  <A, T> T onConnection(
      RenderedQuery rendered,
      ExecuteContext.Kind kind,
      int batchSize,
      A argument,
      int number,
      Work<? super A, T> work,
      ToIntFunction<T> rowCount) {
    return onConnection(rendered, kind, batchSize, argument, number, work, rowCount, false);
  }

  /**
   * As above; with {@code retryOnBrokenConnection}, a failure that says the connection is broken
   * (the database restarted, the network dropped it) is not reported: the connection is evicted and
   * {@code work} runs once more on a fresh one. Only for work that is safe to run twice.
   *
   * <p>The listener's {@link ExecuteContext} is made before the statement runs, unless the listener
   * is quiet ({@link ExecuteListener#quietUpToNanos()}): then only for a statement that turns out
   * slow or fails, with the time taken here as its start.
   */
  private <A, T> T onConnection(
      RenderedQuery rendered,
      ExecuteContext.Kind kind,
      int batchSize,
      A argument,
      int number,
      Work<? super A, T> work,
      ToIntFunction<T> rowCount,
      boolean retryOnBrokenConnection) {
    long started = events.clock();
    ExecuteContext context = events.startUnlessQuiet(kind, rendered, batchSize);
    Query statement = argument instanceof Query query ? query : null;
    boolean retry = retryOnBrokenConnection;
    while (true) {
      Connection connection = acquire(rendered, statement, context, kind, batchSize, started);
      boolean broken = false;
      try {
        T result = work.run(this, connection, rendered, argument, number);
        events.end(
            context, kind, rendered, statement, batchSize, started, rowCount.applyAsInt(result));
        return result;
      } catch (SQLException e) {
        DataAccessException translated = ExceptionTranslator.translate(e, rendered.sql(), dialect);
        broken = translated instanceof ConnectionException;
        if (broken && retry) {
          if (statements.enabled()) {
            statements.evict(connection, rendered.sql());
          }
          connections.release(connection, true);
          connection = null;
          retry = false;
          continue;
        }
        throw reported(
            events.late(context, kind, rendered, statement, batchSize, started),
            connection,
            rendered.sql(),
            translated);
      } catch (RuntimeException e) {
        fail(events.late(context, kind, rendered, statement, batchSize, started), e);
        throw e;
      } finally {
        if (connection != null) {
          connections.release(connection, broken);
        }
      }
    }
  }

  @Override
  public <R extends Record> Stream<R> stream(ResultQuery<R> query, int fetchSize) {
    RenderedQuery rendered = query.render(dialect);
    ExecuteContext context = start(ExecuteContext.Kind.QUERY, rendered, 1);
    Connection connection = acquire(rendered, query, context, ExecuteContext.Kind.QUERY, 1, 0);
    try {
      return ResultStream.open(this, connection, rendered, query.recordType(), fetchSize, context);
    } catch (SQLException e) {
      DataAccessException failure = failure(context, connection, rendered.sql(), e);
      connections.release(connection, failure instanceof ConnectionException);
      throw failure;
    } catch (RuntimeException e) {
      fail(context, e);
      connections.release(connection, false);
      throw e;
    }
  }

  // --- shared steps -------------------------------------------------------------------------

  /** A connection; a failure to take one is reported with {@code context} or a late one. */
  private Connection acquire(
      RenderedQuery rendered,
      @Nullable Query statement,
      @Nullable ExecuteContext context,
      ExecuteContext.Kind kind,
      int batchSize,
      long started) {
    try {
      return connections.acquire();
    } catch (SQLException e) {
      DataAccessException failure = ExceptionTranslator.translate(e, rendered.sql(), dialect);
      if (!(failure instanceof ConnectionException)) {
        failure =
            new ConnectionException(
                String.valueOf(failure.getMessage()), rendered.sql(), failure.sqlState(), e);
      }
      fail(events.late(context, kind, rendered, statement, batchSize, started), failure);
      throw failure;
    }
  }

  /** The cached statement for {@code sql} with its limits set, or null when nothing is cached. */
  @Nullable CachedStatement cached(Connection connection, String sql, int maxRows)
      throws SQLException {
    if (!statements.enabled()) {
      return null;
    }
    CachedStatement cached = statements.prepare(connection, sql);
    cached.limits(maxRows, 0);
    return cached;
  }

  /** A statement prepared for this execution only, when statements are not cached. */
  PreparedStatement prepare(Connection connection, String sql, int maxRows) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setMaxRows(maxRows);
    return statement;
  }

  void closeIfUncached(PreparedStatement statement) throws SQLException {
    if (!statements.enabled()) {
      statement.close();
    }
  }

  void bind(PreparedStatement statement, RenderedQuery rendered) throws SQLException {
    StatementSteps.bind(statement, rendered, null, types);
  }

  @Nullable ExecuteContext start(ExecuteContext.Kind kind, RenderedQuery rendered, int batchSize) {
    return events.start(kind, rendered, batchSize);
  }

  void end(@Nullable ExecuteContext context, int rows) {
    events.end(context, rows);
  }

  void fail(@Nullable ExecuteContext context, RuntimeException failure) {
    events.fail(context, failure);
  }

  /**
   * Translates a driver failure, drops the failed statement, marks the transaction scope (if any)
   * rollback-only and notifies listeners.
   */
  DataAccessException failure(
      @Nullable ExecuteContext context, Connection connection, String sql, SQLException e) {
    return reported(context, connection, sql, ExceptionTranslator.translate(e, sql, dialect));
  }

  private DataAccessException reported(
      @Nullable ExecuteContext context,
      Connection connection,
      String sql,
      DataAccessException failure) {
    if (statements.enabled()) {
      statements.evict(connection, sql);
    }
    connections.failed(failure);
    fail(context, failure);
    return failure;
  }

  QueryTimer timer() {
    return timer;
  }

  StatementCache statements() {
    return statements;
  }

  /** Closes every cached statement; called when the owning {@code Rex} closes. */
  public void close() {
    statements.closeAll();
  }

  /**
   * Exceptions of rare paths, built here so that verifying the executor's hot methods does not load
   * their classes before the first row (FirstQueryClassesTest).
   */
  private static final class Rare {
    private Rare() {}

    static RuntimeException tooManyRows(String sql) {
      return new TooManyRowsException(sql);
    }
  }
}
