package dev.rex.dsl.spi;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * What a database reported about a failed statement beyond its message, read by {@link
 * Dialect#errorDetails}. The runtime chooses the typed exception by {@link #sqlState} and names the
 * constraint, table and column in it.
 *
 * @param sqlState the five-character SQLSTATE (a dialect whose driver has none maps its vendor code
 *     to one), or null when unknown
 * @param constraint the violated constraint's name, or null
 * @param table the table, or null
 * @param column the column, or null
 * @param detail the database's own one-line explanation, or null
 */
public record ErrorDetails(
    @Nullable String sqlState,
    @Nullable String constraint,
    @Nullable String table,
    @Nullable String column,
    @Nullable String detail) {

  /** Only the SQLSTATE the driver put on {@code exception}; nothing else is known. */
  public static ErrorDetails of(SQLException exception) {
    return new ErrorDetails(exception.getSQLState(), null, null, null, null);
  }
}
