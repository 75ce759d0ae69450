package dev.rex.runtime;

import dev.rex.dsl.exception.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where an executor gets its connection for one statement: from the pool (and back to it
 * afterwards), or the one connection of an open transaction.
 */
interface ConnectionSource {

  /** A connection to run one statement (or stream) on. */
  Connection acquire() throws SQLException;

  /**
   * Gives the connection back.
   *
   * @param broken whether the connection failed in a way that makes it unusable
   */
  void release(Connection connection, boolean broken);

  /** Whether statements run inside an explicit transaction (autocommit off). */
  boolean inTransaction();

  /**
   * Throws if statements can no longer run here (a transaction that has ended); streams call it
   * before reading each row.
   */
  default void ensureOpen() {}

  /**
   * Called when a statement sent to the database failed; a transaction marks its innermost scope
   * rollback-only.
   */
  default void failed(DataAccessException failure) {}
}
