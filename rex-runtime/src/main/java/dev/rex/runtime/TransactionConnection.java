package dev.rex.runtime;

import dev.rex.dsl.exception.RexException;
import java.sql.Connection;

/** The single connection of an open transaction; releasing it does nothing. */
final class TransactionConnection implements ConnectionSource {

  private final Connection connection;
  private volatile boolean open = true;

  TransactionConnection(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Connection acquire() {
    if (!open) {
      throw new RexException(
          "This transaction has already ended; run statements inside the transaction callback,"
              + " or on the Rex instance after it.");
    }
    return connection;
  }

  @Override
  public void release(Connection released, boolean broken) {
    // The transaction owns the connection until it commits or rolls back.
  }

  @Override
  public boolean inTransaction() {
    return true;
  }

  Connection connection() {
    return connection;
  }

  void close() {
    open = false;
  }
}
