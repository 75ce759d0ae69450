package dev.rex.runtime;

import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.exception.DataAccessException;
import dev.rex.listener.ExecuteContext;
import java.lang.ref.Cleaner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A result read row by row while the stream is consumed. The stream owns a statement, its result
 * set and (outside a transaction) a pooled connection; they are released when the stream is closed,
 * when its last row has been read, or when a read fails. If a caller drops an unclosed, unfinished
 * stream, a {@link Cleaner} releases them once the stream is garbage-collected, so a forgotten
 * stream delays but never leaks a connection.
 *
 * <p>With a fetch size outside a transaction, the connection's autocommit is switched off for the
 * stream's lifetime: PostgreSQL only uses a cursor (and so only honours the fetch size) inside a
 * transaction.
 */
final class ResultStream {

  private static final Cleaner CLEANER = Cleaner.create();

  private ResultStream() {}

  static <R extends Record> Stream<R> open(
      JdbcExecutor executor,
      Connection connection,
      RenderedQuery rendered,
      RecordType<R> type,
      int fetchSize,
      @Nullable ExecuteContext context)
      throws SQLException {
    boolean ownsTransaction =
        fetchSize > 0 && !executor.connections().inTransaction() && connection.getAutoCommit();
    if (ownsTransaction) {
      connection.setAutoCommit(false);
    }
    Resources resources = new Resources(executor, connection, ownsTransaction, context);
    try {
      PreparedStatement statement = connection.prepareStatement(rendered.sql());
      resources.statement = statement;
      statement.setFetchSize(fetchSize);
      executor.bind(statement, rendered);
      ResultSet resultSet = statement.executeQuery();
      resources.resultSet = resultSet;
      RowReader<R> reader = RowReader.of(resultSet, type, executor.dialect(), executor);
      Cursor<R> cursor = new Cursor<>(resultSet, reader, resources, rendered.sql());
      Cleaner.Cleanable cleanable = CLEANER.register(cursor, resources);
      return StreamSupport.stream(cursor, false).onClose(cleanable::clean);
    } catch (SQLException | RuntimeException e) {
      resources.failed = true;
      resources.run();
      throw e;
    }
  }

  /** The rows, read on demand. */
  private static final class Cursor<R extends Record> implements Spliterator<R> {

    private final ResultSet resultSet;
    private final RowReader<R> reader;
    private final Resources resources;
    private final String sql;

    Cursor(ResultSet resultSet, RowReader<R> reader, Resources resources, String sql) {
      this.resultSet = resultSet;
      this.reader = reader;
      this.resources = resources;
      this.sql = sql;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      if (resources.closed) {
        return false;
      }
      R row;
      try {
        if (!resultSet.next()) {
          resources.run();
          return false;
        }
        row = reader.read(resultSet);
      } catch (SQLException e) {
        DataAccessException failure =
            resources.executor.failure(resources.context, resources.connection, sql, e);
        resources.failed = true;
        resources.run();
        throw failure;
      }
      resources.rows++;
      action.accept(row);
      return true;
    }

    @Override
    public @Nullable Spliterator<R> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL;
    }
  }

  /** What a stream holds; also the cleaning action, so it must not refer to the cursor. */
  private static final class Resources implements Runnable {

    final JdbcExecutor executor;
    final Connection connection;
    final boolean ownsTransaction;
    final @Nullable ExecuteContext context;
    @Nullable PreparedStatement statement;
    @Nullable ResultSet resultSet;
    volatile boolean closed;
    boolean failed;
    int rows;

    Resources(
        JdbcExecutor executor,
        Connection connection,
        boolean ownsTransaction,
        @Nullable ExecuteContext context) {
      this.executor = executor;
      this.connection = connection;
      this.ownsTransaction = ownsTransaction;
      this.context = context;
    }

    @Override
    public synchronized void run() {
      if (closed) {
        return;
      }
      closed = true;
      boolean broken = false;
      try {
        if (resultSet != null) {
          resultSet.close();
        }
        if (statement != null) {
          statement.close();
        }
        if (ownsTransaction) {
          connection.commit();
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        broken = true;
      } finally {
        executor.connections().release(connection, broken);
        if (!failed) {
          executor.end(context, rows);
        }
      }
    }
  }
}
