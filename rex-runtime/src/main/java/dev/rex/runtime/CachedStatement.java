package dev.rex.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A prepared statement kept open between executions, with the limits last set on it so that {@code
 * setMaxRows} and {@code setFetchSize} are only called when they change.
 */
final class CachedStatement {

  final PreparedStatement statement;
  private int maxRows;
  private int fetchSize;

  CachedStatement(PreparedStatement statement) {
    this.statement = statement;
  }

  void limits(int newMaxRows, int newFetchSize) throws SQLException {
    if (newMaxRows != maxRows) {
      statement.setMaxRows(newMaxRows);
      maxRows = newMaxRows;
    }
    if (newFetchSize != fetchSize) {
      statement.setFetchSize(newFetchSize);
      fetchSize = newFetchSize;
    }
  }
}
