package dev.rex.listener;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Sees each connection {@link dev.rex.Rex} takes from its pool, before the first statement runs on
 * it: for integrations that attach something to the driver's connection, as rex-realtime attaches
 * sqlite-jdbc's commit listener to learn at once that a change was written.
 *
 * <p>A pooled connection comes back many times, and each time it is handed over again, so an
 * observer must be idempotent and cheap (it runs on the application's thread, on every statement
 * outside a transaction and once per transaction). It sees the pool's connection, not necessarily
 * the driver's: reach that with {@link Connection#unwrap}. An exception fails the statement that
 * needed the connection, which goes back to the pool.
 */
@FunctionalInterface
public interface ConnectionObserver {

  /** {@code connection} was just taken from the pool and is about to run statements. */
  void acquired(Connection connection) throws SQLException;
}
