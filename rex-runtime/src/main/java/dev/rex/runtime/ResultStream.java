package dev.rex.runtime;

import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.exception.TransactionClosedException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A result read row by row while the stream is consumed. The stream owns a statement, its result
 * set and (outside a transaction) a pooled connection; they are released when the stream is closed,
 * when its last row has been read, or when a read fails. If a caller drops an unclosed, unfinished
 * stream, a {@link Cleaner} releases them once the stream is garbage-collected, so a forgotten
 * stream delays but never leaks a connection; it then logs a WARN on {@code dev.rex.stream} with
 * the stack trace of the place the stream was opened (captured when it opens).
 *
 * <p>A stream opened in a transaction reads on the transaction's connection: reading it after the
 * transaction ended throws {@link TransactionClosedException} instead of returning rows that are no
 * longer there.
 *
 * <p>With a fetch size outside a transaction, the connection's autocommit is switched off for the
 * stream's lifetime: PostgreSQL only uses a cursor (and so only honours the fetch size) inside a
 * transaction.
 */
final class ResultStream {

  private static final Cleaner CLEANER = Cleaner.create();
  private static final Logger LEAKS = LoggerFactory.getLogger("dev.rex.stream");

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
    Resources resources =
        new Resources(executor, connection, ownsTransaction, context, rendered.sql());
    try {
      PreparedStatement statement = connection.prepareStatement(rendered.sql());
      resources.statement = statement;
      statement.setFetchSize(fetchSize);
      executor.bind(statement, rendered);
      ResultSet resultSet = statement.executeQuery();
      resources.resultSet = resultSet;
      RowReader<R> reader = RowReader.of(resultSet, type, executor.types(), executor);
      Cursor<R> cursor = new Cursor<>(resultSet, reader, resources, rendered.sql());
      Cleaner.Cleanable cleanable = CLEANER.register(cursor, new Abandoned(resources));
      return StreamSupport.stream(cursor, false)
          .onClose(
              () -> {
                resources.run();
                cleanable.clean();
              });
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
      RuntimeException failure = resources.failure;
      if (failure != null) {
        // A failed stream keeps failing rather than looking like one without more rows.
        throw failure;
      }
      if (resources.closed) {
        return false;
      }
      try {
        resources.executor.connections().ensureOpen();
      } catch (TransactionClosedException e) {
        throw fail(
            new TransactionClosedException(
                "This stream was opened in a transaction that has already ended; read it to the"
                    + " end (or collect it) inside the transaction's body. [SQL: "
                    + sql
                    + "]"));
      }
      R row;
      try {
        if (!resultSet.next()) {
          resources.run();
          return false;
        }
        row = reader.read(resultSet);
      } catch (SQLException e) {
        throw fail(resources.executor.failure(resources.context, resources.connection, sql, e));
      } catch (RexException e) {
        // A value Rex cannot read: the stream ends here and gives its connection back.
        resources.executor.fail(resources.context, e);
        throw fail(e);
      }
      resources.rows++;
      action.accept(row);
      return true;
    }

    private RuntimeException fail(RuntimeException failure) {
      resources.failure = failure;
      resources.failed = true;
      resources.broken = failure instanceof ConnectionException;
      resources.run();
      return failure;
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
    final String sql;
    final Throwable openedAt = new Throwable("The stream was opened here");
    @Nullable PreparedStatement statement;
    @Nullable ResultSet resultSet;
    volatile boolean closed;
    boolean failed;
    boolean broken;
    volatile @Nullable RuntimeException failure;
    int rows;

    Resources(
        JdbcExecutor executor,
        Connection connection,
        boolean ownsTransaction,
        @Nullable ExecuteContext context,
        String sql) {
      this.executor = executor;
      this.connection = connection;
      this.ownsTransaction = ownsTransaction;
      this.context = context;
      this.sql = sql;
    }

    @Override
    public synchronized void run() {
      if (closed) {
        return;
      }
      closed = true;
      boolean broken = this.broken;
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

  /**
   * The cleaning action: it runs when the stream is closed (then the resources are already released
   * and it does nothing) or after the stream was garbage-collected unclosed and unfinished (then it
   * warns and releases them). It must not refer to the stream or its cursor.
   */
  private static final class Abandoned implements Runnable {

    private final Resources resources;

    Abandoned(Resources resources) {
      this.resources = resources;
    }

    @Override
    public void run() {
      if (resources.closed) {
        return;
      }
      LEAKS.warn(
          "A Rex stream was never closed: it held its database connection until it was"
              + " garbage-collected. Streams must be closed, e.g. with try-with-resources"
              + " (try (Stream<R> rows = query.stream()) { ... }), or read to the end. [SQL: {}]"
              + " It was opened at:",
          resources.sql,
          resources.openedAt);
      resources.run();
    }
  }
}
