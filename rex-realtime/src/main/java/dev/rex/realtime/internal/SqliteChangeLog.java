package dev.rex.realtime.internal;

import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's change log. SQLite runs one write transaction at a time, so the triggers' {@code
 * AUTOINCREMENT} ids are taken in commit order and never reused: the id is the position, and
 * nothing needs numbering. Binary values are logged as hex text (JSON holds no bytes).
 */
final class SqliteChangeLog implements ChangeLog {

  private static final int PRUNE_BATCH = 10_000;

  private static final String PRUNE_CUT =
      "select max(pos) from (select pos, min(case when pos <= ? or changed_at < ? then 1 else 0"
          + " end) over (order by pos) as doomed from (select pos, changed_at from rex_change_log"
          + " where pos > ? order by pos limit "
          + PRUNE_BATCH
          + ") oldest) marked where doomed = 1";

  @Override
  public int sequence(Connection connection) {
    return 0;
  }

  @Override
  public long head(Connection connection) throws SQLException {
    return Sql.queryLong(
        connection, "select seq from sqlite_sequence where name = 'rex_change_log'", 0);
  }

  @Override
  public long prunedThrough(Connection connection) throws SQLException {
    return Sql.queryLong(connection, "select pruned_through from rex_change_head", 0);
  }

  @Override
  public List<LogEntry> read(Connection connection, long after, int limit) throws SQLException {
    List<LogEntry> entries = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select pos, table_name from rex_change_log where pos > ? order by pos limit ?")) {
      statement.setLong(1, after);
      statement.setInt(2, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(new LogEntry(rows.getLong(1), "", rows.getString(2)));
        }
      }
    }
    return entries;
  }

  @Override
  public String imageQuery(Table<?> table) {
    StringBuilder sql =
        new StringBuilder("select c.pos, c.op, c.changed_at, c.new_row is not null");
    appendColumns(sql, table, "c.new_row");
    sql.append(", c.old_row is not null");
    appendColumns(sql, table, "c.old_row");
    sql.append(" from rex_change_log c where c.pos > ? and c.pos <= ? and ? = ''")
        .append(" and c.table_name = ? order by c.pos");
    return sql.toString();
  }

  private static void appendColumns(StringBuilder sql, Table<?> table, String image) {
    for (Field<?> field : table.fields()) {
      String path = Sql.literal("$.\"" + field.getName() + "\"");
      String value = "json_extract(" + image + ", " + path + ")";
      sql.append(", ")
          .append(field.getDataType().getType() == byte[].class ? "unhex(" + value + ")" : value);
    }
  }

  @Override
  public String schemaOf(Table<?> table) {
    return "";
  }

  @Override
  public int prune(Connection connection, Duration maxAge, long maxRows) throws SQLException {
    return Sql.inTransaction(
        connection,
        () -> {
          long head = head(connection);
          long pruned = prunedThrough(connection);
          long cutoff = System.currentTimeMillis() - maxAge.toMillis();
          long cut = Sql.queryLong(connection, PRUNE_CUT, pruned, head - maxRows, cutoff, pruned);
          if (cut <= pruned) {
            return 0;
          }
          int removed =
              Sql.update(
                  connection, "delete from rex_change_log where pos > ? and pos <= ?", pruned, cut);
          Sql.update(connection, "update rex_change_head set pruned_through = ?", cut);
          return removed;
        });
  }
}
