package dev.rex.runtime;

import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.exception.TransactionAbortedException;
import dev.rex.dsl.spi.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Runs a body in a transaction. At the top level it takes a connection from the pool, switches
 * autocommit off, applies isolation and read-only, commits when the body returns and rolls back
 * when anything is thrown, then restores the connection before returning it. Inside a transaction
 * it sets a savepoint instead, and rolls back only to it on failure. After a commit the result
 * cache drops, once more, the results of every table the transaction wrote: another thread may have
 * cached the old rows between the write and the commit.
 *
 * <p>A statement that fails marks its scope (the transaction, or the innermost nested one)
 * rollback-only, on every dialect: PostgreSQL refuses everything after a failure until the
 * transaction or savepoint is rolled back, so committing would silently roll back. When a body
 * caught such a failure and returned, the scope is rolled back and a {@link
 * TransactionAbortedException} caused by the first failure is thrown instead of committing. A
 * nested scope's failure does not mark the outer scope unless its exception propagates there.
 */
public final class Transactions {

  private Transactions() {}

  /** The body of a transaction, given the executor bound to the transaction's connection. */
  @FunctionalInterface
  public interface Body<T> {
    T run(JdbcExecutor transactional) throws Exception;
  }

  /**
   * Runs {@code body} in a transaction (or, if {@code executor} is already transactional, in a
   * savepoint).
   *
   * @param isolation a {@code Connection.TRANSACTION_*} level, or null for the default
   */
  public static <T> T run(
      JdbcExecutor executor, @Nullable Integer isolation, boolean readOnly, Body<T> body) {
    if (executor.connections() instanceof TransactionConnection current) {
      if (isolation != null || readOnly) {
        throw new IllegalArgumentException(
            "A nested transaction runs in a savepoint of the outer one and cannot change its"
                + " isolation or read-only mode; set them on the outer transaction.");
      }
      return inSavepoint(executor, current, body);
    }
    return topLevel(executor, isolation, readOnly, body);
  }

  private static <T> T topLevel(
      JdbcExecutor executor, @Nullable Integer isolation, boolean readOnly, Body<T> body) {
    ConnectionSource pool = executor.connections();
    Connection connection;
    try {
      connection = pool.acquire();
    } catch (SQLException e) {
      throw ExceptionTranslator.translate(e, null, executor.dialect());
    }
    Dialect dialect = executor.dialect();
    TransactionConnection transaction = new TransactionConnection(connection);
    boolean broken = false;
    int previousIsolation = -1;
    try {
      connection.setAutoCommit(false);
      if (readOnly) {
        dialect.setReadOnly(connection, true);
      }
      if (isolation != null && dialect.setsIsolation(isolation)) {
        String statement = dialect.isolationStatement(isolation);
        if (statement == null) {
          previousIsolation = connection.getTransactionIsolation();
          connection.setTransactionIsolation(isolation);
        } else {
          try (Statement set = connection.createStatement()) {
            set.execute(statement);
          }
        }
      }
      JdbcExecutor transactional = executor.transactional(transaction);
      T result = body.run(transactional);
      DataAccessException failed = transaction.firstFailure();
      if (failed != null) {
        throw aborted(failed, false);
      }
      connection.commit();
      transactional.committed();
      return result;
    } catch (Throwable failure) {
      broken = rollback(connection, failure);
      throw rethrow(failure, dialect);
    } finally {
      transaction.close();
      broken |= restore(connection, previousIsolation, readOnly, dialect);
      pool.release(connection, broken);
    }
  }

  private static <T> T inSavepoint(
      JdbcExecutor executor, TransactionConnection transaction, Body<T> body) {
    Connection connection = transaction.connection();
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw ExceptionTranslator.translate(e, "savepoint", executor.dialect());
    }
    transaction.enterNested();
    T result;
    try {
      result = body.run(executor);
    } catch (Throwable failure) {
      transaction.leaveNested();
      rollbackTo(connection, savepoint, failure);
      throw rethrow(failure, executor.dialect());
    }
    DataAccessException failed = transaction.leaveNested();
    if (failed != null) {
      TransactionAbortedException aborted = aborted(failed, true);
      rollbackTo(connection, savepoint, aborted);
      throw aborted;
    }
    try {
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      DataAccessException failure =
          ExceptionTranslator.translate(e, "release savepoint", executor.dialect());
      rollbackTo(connection, savepoint, failure);
      throw failure;
    }
    return result;
  }

  private static void rollbackTo(Connection connection, Savepoint savepoint, Throwable failure) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static TransactionAbortedException aborted(DataAccessException first, boolean nested) {
    String what =
        nested
            ? "The nested transaction was rolled back to its savepoint"
            : "The transaction was rolled back";
    return new TransactionAbortedException(
        what
            + " because a statement in it failed, even though the exception was caught: "
            + first.getMessage()
            + " A failed statement makes its transaction rollback-only; to let a statement fail"
            + " without losing the rest, run it in a nested transaction (tx.transaction(...)),"
            + " which rolls back only to its savepoint.",
        first);
  }

  /** Rolls back; returns whether the connection is unusable afterwards. */
  private static boolean rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
      return false;
    } catch (SQLException e) {
      failure.addSuppressed(e);
      return true;
    }
  }

  /** Restores autocommit, isolation and read-only; returns whether that failed. */
  private static boolean restore(
      Connection connection, int previousIsolation, boolean readOnly, Dialect dialect) {
    try {
      if (readOnly) {
        dialect.setReadOnly(connection, false);
      }
      if (previousIsolation >= 0) {
        connection.setTransactionIsolation(previousIsolation);
      }
      connection.setAutoCommit(true);
      return false;
    } catch (SQLException e) {
      return true;
    }
  }

  private static RuntimeException rethrow(Throwable failure, Dialect dialect) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof SQLException sql) {
      DataAccessException translated = ExceptionTranslator.translate(sql, null, dialect);
      return translated;
    }
    return new RexException(
        "The transaction was rolled back because its body threw " + failure, failure);
  }
}
