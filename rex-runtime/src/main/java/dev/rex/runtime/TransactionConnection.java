package dev.rex.runtime;

import dev.rex.dsl.exception.DataAccessException;
import dev.rex.dsl.exception.TransactionClosedException;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The single connection of an open transaction; releasing it does nothing. It also tracks the
 * transaction's scopes: the top-level transaction and one scope per open nested transaction
 * (savepoint). A statement that fails marks the innermost open scope rollback-only by remembering
 * the first failure there; {@link Transactions} rolls that scope back when its body returns.
 */
final class TransactionConnection implements ConnectionSource {

  private final Connection connection;
  private volatile boolean open = true;
  private final Deque<Scope> scopes = new ArrayDeque<>();

  /** One transaction or savepoint scope; {@code firstFailure} set means rollback-only. */
  private static final class Scope {
    @Nullable DataAccessException firstFailure;
  }

  TransactionConnection(Connection connection) {
    this.connection = connection;
    scopes.push(new Scope());
  }

  @Override
  public Connection acquire() {
    ensureOpen();
    return connection;
  }

  @Override
  public void ensureOpen() {
    if (!open) {
      throw new TransactionClosedException(
          "This transaction has already ended; run statements inside the transaction callback,"
              + " or on the Rex instance after it.");
    }
  }

  @Override
  public void release(Connection released, boolean broken) {
    // The transaction owns the connection until it commits or rolls back.
  }

  @Override
  public boolean inTransaction() {
    return true;
  }

  @Override
  public synchronized void failed(DataAccessException failure) {
    Scope current = scopes.peek();
    if (current != null && current.firstFailure == null) {
      current.firstFailure = failure;
    }
  }

  /** The first statement failure of the innermost open scope, or null if none failed. */
  synchronized @Nullable DataAccessException firstFailure() {
    Scope current = scopes.peek();
    return current == null ? null : current.firstFailure;
  }

  /** Opens the scope of a nested transaction. */
  synchronized void enterNested() {
    scopes.push(new Scope());
  }

  /**
   * Closes the innermost nested scope; returns its first statement failure, or null. The outer
   * scope is not marked by it.
   */
  synchronized @Nullable DataAccessException leaveNested() {
    return scopes.pop().firstFailure;
  }

  Connection connection() {
    return connection;
  }

  void close() {
    open = false;
  }
}
