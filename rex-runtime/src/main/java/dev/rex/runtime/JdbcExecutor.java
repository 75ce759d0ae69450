package dev.rex.runtime;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Query;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Result;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Select;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.StatementTables;
import dev.rex.dsl.spi.ValidationRules;
import dev.rex.listener.ConnectionObserver;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
  private final @Nullable ExecuteListener listener;
  private final Validators validators;
  private final @Nullable ResultCache cache;
  private final @Nullable TransactionWrites writes;
  private final QueryTimer timer;

  private JdbcExecutor(
      TypeBindings types,
      ConnectionSource connections,
      StatementCache statements,
      @Nullable ExecuteListener listener,
      Validators validators,
      @Nullable ResultCache cache,
      @Nullable TransactionWrites writes,
      QueryTimer timer) {
    this.types = types;
    this.dialect = types.dialect();
    this.connections = connections;
    this.statements = statements;
    this.listener = listener;
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
        listener,
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
        listener,
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
   * Tells the result cache that {@code statement} ran: a write drops the cached results that read
   * its tables (plain SQL that is not a {@code select} drops them all).
   */
  private void written(Query statement, RenderedQuery rendered) {
    if (cache == null || statement instanceof Select<?>) {
      return;
    }
    StatementTables tables = StatementTables.of(statement);
    if (tables.kind() == StatementTables.Kind.WRITE) {
      if (writes != null) {
        writes.add(tables.tables());
      }
      cache.invalidate(tables.tables());
    } else if (tables.kind() == StatementTables.Kind.PLAIN_SQL
        && !ResultCache.readsOnly(rendered.sql())) {
      if (writes != null) {
        writes.addAll();
      }
      cache.invalidateAll();
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

  @Override
  public <R extends Record> Result<R> fetch(ResultQuery<R> query, int maxRows) {
    RenderedQuery rendered = query.render(dialect);
    ExecuteContext context = start(ExecuteContext.Kind.QUERY, rendered, 1);
    List<R> rows =
        onConnection(
            rendered,
            context,
            connection -> {
              CachedStatement cached = cached(connection, rendered.sql(), maxRows);
              PreparedStatement statement =
                  cached != null ? cached.statement : prepare(connection, rendered.sql(), maxRows);
              QueryTimer.Watch watch = timer.watch(statement);
              try {
                bind(statement, rendered, cached);
                try (ResultSet resultSet = statement.executeQuery()) {
                  RecordType<R> type = query.recordType();
                  RowReader<R> reader =
                      cached != null
                          ? cached.reader(resultSet, type, types, this)
                          : RowReader.of(resultSet, type, types, this);
                  return reader.readAll(resultSet, maxRows);
                }
              } catch (SQLException e) {
                throw watch.explain(e);
              } finally {
                watch.close();
                closeIfUncached(statement);
              }
            },
            List::size,
            query instanceof Select<?> && !connections.inTransaction());
    written(query, rendered);
    return Queries.result(rows);
  }

  @Override
  public int execute(Query query) {
    if (query instanceof ResultQuery<?> rows) {
      return fetch(rows, 0).size();
    }
    RenderedQuery rendered = query.render(dialect);
    ExecuteContext context = start(ExecuteContext.Kind.UPDATE, rendered, 1);
    int count =
        onConnection(
            rendered,
            context,
            connection -> {
              CachedStatement cached = cached(connection, rendered.sql(), 0);
              PreparedStatement statement =
                  cached != null ? cached.statement : prepare(connection, rendered.sql(), 0);
              QueryTimer.Watch watch = timer.watch(statement);
              try {
                bind(statement, rendered, cached);
                return runEveryStatement(statement);
              } catch (SQLException e) {
                throw watch.explain(e);
              } finally {
                watch.close();
                closeIfUncached(statement);
              }
            },
            updated -> updated);
    written(query, rendered);
    return count;
  }

  /**
   * Runs an INSERT with JDBC's generated keys switched on, bypassing the statement cache (a cached
   * statement was prepared without them), and reads the first key of the first row.
   */
  @Override
  public @Nullable Object executeReturningGeneratedKey(Query insert) {
    RenderedQuery rendered = insert.render(dialect);
    ExecuteContext context = start(ExecuteContext.Kind.UPDATE, rendered, 1);
    Object[] key = new Object[1];
    onConnection(
        rendered,
        context,
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(rendered.sql(), Statement.RETURN_GENERATED_KEYS)) {
            QueryTimer.Watch watch = timer.watch(statement);
            try {
              bind(statement, rendered);
              int count = statement.executeUpdate();
              try (ResultSet keys = statement.getGeneratedKeys()) {
                key[0] = keys.next() ? keys.getObject(1) : null;
              }
              return count;
            } catch (SQLException e) {
              throw watch.explain(e);
            } finally {
              watch.close();
            }
          }
        },
        updated -> updated);
    written(insert, rendered);
    return key[0];
  }

  /**
   * Runs every statement of the text (application-written SQL may hold several) and returns the sum
   * of their update counts. {@code executeUpdate} would throw once a statement returned rows — on
   * PostgreSQL after the statements had run and committed, so that {@code "select 1; update …"}
   * failed yet changed data; here rows are simply skipped. A statement the database refuses still
   * fails the call, and PostgreSQL then rolls back every statement of the text (they run as one
   * implicit transaction).
   */
  private static int runEveryStatement(PreparedStatement statement) throws SQLException {
    boolean rows = statement.execute();
    int total = 0;
    while (true) {
      if (!rows) {
        int count = statement.getUpdateCount();
        if (count < 0) {
          return total;
        }
        total += count;
      }
      rows = statement.getMoreResults();
    }
  }

  /**
   * Runs one statement with many sets of binds as a JDBC batch. Each row's values are bound with
   * the types of the template's binds; callers ({@code BatchBindStep}, {@code batchInsert})
   * guarantee that every row has one value per placeholder. {@code statement} is the template's
   * query, for the result cache to learn which tables the batch writes.
   */
  public int[] executeBatch(
      Query statement, RenderedQuery template, List<@Nullable Object[]> rows) {
    ExecuteContext context = start(ExecuteContext.Kind.BATCH, template, rows.size());
    int[] counts =
        onConnection(
            template,
            context,
            connection -> {
              try (PreparedStatement batch = connection.prepareStatement(template.sql())) {
                for (@Nullable Object[] row : rows) {
                  for (int i = 0; i < row.length; i++) {
                    bindValue(batch, i, template, row[i]);
                  }
                  batch.addBatch();
                }
                try (QueryTimer.Watch watch = timer.watch(batch)) {
                  try {
                    return batch.executeBatch();
                  } catch (SQLException e) {
                    throw watch.explain(e);
                  }
                }
              }
            },
            JdbcExecutor::sum);
    written(statement, template);
    return counts;
  }

  /** What runs on the connection; it may throw the driver's exceptions. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Takes a connection, runs {@code work} on it and gives the connection back, whatever happens. A
   * driver failure is translated, reported to listeners and thrown; a broken connection is evicted
   * from the pool.
   */
  private <T> T onConnection(
      RenderedQuery rendered,
      @Nullable ExecuteContext context,
      Work<T> work,
      ToIntFunction<T> rowCount) {
    return onConnection(rendered, context, work, rowCount, false);
  }

  /**
   * As above; with {@code retryOnBrokenConnection}, a failure that says the connection is broken
   * (the database restarted, the network dropped it) is not reported: the connection is evicted and
   * {@code work} runs once more on a fresh one. Only for work that is safe to run twice.
   */
  private <T> T onConnection(
      RenderedQuery rendered,
      @Nullable ExecuteContext context,
      Work<T> work,
      ToIntFunction<T> rowCount,
      boolean retryOnBrokenConnection) {
    Connection connection = acquire(rendered, context);
    boolean broken = false;
    try {
      T result = work.run(connection);
      end(context, rowCount.applyAsInt(result));
      return result;
    } catch (SQLException e) {
      DataAccessException translated = ExceptionTranslator.translate(e, rendered.sql(), dialect);
      broken = translated instanceof ConnectionException;
      if (broken && retryOnBrokenConnection) {
        if (statements.enabled()) {
          statements.evict(connection, rendered.sql());
        }
        connections.release(connection, true);
        connection = null;
        return onConnection(rendered, context, work, rowCount, false);
      }
      throw reported(context, connection, rendered.sql(), translated);
    } catch (RuntimeException e) {
      fail(context, e);
      throw e;
    } finally {
      if (connection != null) {
        connections.release(connection, broken);
      }
    }
  }

  @Override
  public <R extends Record> Stream<R> stream(ResultQuery<R> query, int fetchSize) {
    RenderedQuery rendered = query.render(dialect);
    ExecuteContext context = start(ExecuteContext.Kind.QUERY, rendered, 1);
    Connection connection = acquire(rendered, context);
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

  private Connection acquire(RenderedQuery rendered, @Nullable ExecuteContext context) {
    try {
      return connections.acquire();
    } catch (SQLException e) {
      DataAccessException failure = ExceptionTranslator.translate(e, rendered.sql(), dialect);
      if (!(failure instanceof ConnectionException)) {
        failure =
            new ConnectionException(
                String.valueOf(failure.getMessage()), rendered.sql(), failure.sqlState(), e);
      }
      fail(context, failure);
      throw failure;
    }
  }

  /** The cached statement for {@code sql} with its limits set, or null when nothing is cached. */
  private @Nullable CachedStatement cached(Connection connection, String sql, int maxRows)
      throws SQLException {
    if (!statements.enabled()) {
      return null;
    }
    CachedStatement cached = statements.prepare(connection, sql);
    cached.limits(maxRows, 0);
    return cached;
  }

  /** A statement prepared for this execution only, when statements are not cached. */
  private PreparedStatement prepare(Connection connection, String sql, int maxRows)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setMaxRows(maxRows);
    return statement;
  }

  private void closeIfUncached(PreparedStatement statement) throws SQLException {
    if (!statements.enabled()) {
      statement.close();
    }
  }

  void bind(PreparedStatement statement, RenderedQuery rendered) throws SQLException {
    bind(statement, rendered, null);
  }

  /** Binds every value; a cached statement keeps the bindings resolved for its last execution. */
  @SuppressWarnings("unchecked")
  private void bind(
      PreparedStatement statement, RenderedQuery rendered, @Nullable CachedStatement cached)
      throws SQLException {
    int count = rendered.bindCount();
    for (int i = 0; i < count; i++) {
      DataType<?> type = rendered.bindType(i);
      Binding<?> binding =
          cached != null ? cached.parameterBinding(i, type, types) : types.of(type);
      bindValue(statement, i, rendered, rendered.bindValue(i), (Binding<Object>) binding);
    }
  }

  @SuppressWarnings("unchecked")
  private void bindValue(
      PreparedStatement statement, int index, RenderedQuery rendered, @Nullable Object value)
      throws SQLException {
    bindValue(
        statement, index, rendered, value, (Binding<Object>) types.of(rendered.bindType(index)));
  }

  private static void bindValue(
      PreparedStatement statement,
      int index,
      RenderedQuery rendered,
      @Nullable Object value,
      Binding<Object> binding)
      throws SQLException {
    try {
      binding.set(statement, index + 1, value);
    } catch (InvalidValueException e) {
      throw e.forParameter(index + 1, rendered.bindColumn(index));
    }
  }

  @Nullable ExecuteContext start(ExecuteContext.Kind kind, RenderedQuery rendered, int batchSize) {
    if (listener == null) {
      return null;
    }
    ExecuteContext context = new ExecuteContext(kind, rendered, dialect, batchSize);
    listener.executeStart(context);
    return context;
  }

  void end(@Nullable ExecuteContext context, int rows) {
    if (context != null && listener != null) {
      context.finished(rows);
      listener.executeEnd(context);
    }
  }

  void fail(@Nullable ExecuteContext context, RuntimeException failure) {
    if (context != null && listener != null) {
      context.failed(failure);
      listener.exception(context);
    }
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

  StatementCache statements() {
    return statements;
  }

  private static int sum(int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += Math.max(count, 0);
    }
    return total;
  }

  /** Closes every cached statement; called when the owning {@code Rex} closes. */
  public void close() {
    statements.closeAll();
  }
}
