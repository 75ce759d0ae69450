package dev.rex;

import dev.rex.runtime.JdbcExecutor;

/**
 * The {@link Database} a transaction body receives: every statement runs on the transaction's
 * connection, and {@code transaction(...)} on it opens a savepoint.
 */
final class TransactionScope extends AbstractDatabase {

  TransactionScope(JdbcExecutor executor) {
    super(executor);
  }

  @Override
  public String toString() {
    return "Rex transaction (" + executor.dialect().name() + ")";
  }
}
