package dev.rex;

import dev.rex.runtime.JdbcExecutor;

/**
 * {@link Rex#readOnly()} when there are read replicas: every statement and transaction takes its
 * connection from {@link Replicas}, a replica's or, when none answers, the primary's.
 */
final class ReadOnlyDatabase extends AbstractDatabase {

  ReadOnlyDatabase(JdbcExecutor executor) {
    super(executor);
  }

  @Override
  public String toString() {
    return "Rex read replicas (" + executor.dialect().name() + ")";
  }
}
