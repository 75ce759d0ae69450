package dev.rex.realtime.internal;

import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's change log. Triggers insert changes with a {@code bigserial} id and no position. Ids
 * are taken before commit, so they commit out of order, and so do transaction ids; reading "after
 * the last id" would skip a change whose transaction commits late. Instead a sequencer numbers the
 * committed changes: under the head row's lock it gives the changes its snapshot sees, in id order,
 * the next positions. A change becomes readable only once numbered, and numbering transactions
 * commit one after another, so readers see positions without gaps. Two writers of one row are
 * ordered too: the second one's trigger runs only after the first committed, so its id is higher
 * and its change is numbered in the same batch or a later one.
 *
 * <p>Numbering updates each change once, and until VACUUM the index still holds its unnumbered
 * version. So the sequencer does not search every unnumbered entry: it keeps a horizon, the oldest
 * transaction still running when its last complete pass began. Every transaction below it had
 * ended, so its changes were numbered then; a pass looks only at changes of transactions from the
 * horizon on.
 */
final class PostgresChangeLog implements ChangeLog {

  /** Channel the capture triggers notify (the payload is empty: it is only a wake-up). */
  static final String CHANGE_CHANNEL = "rex_change";

  /** Channel the sequencer notifies after numbering changes. */
  static final String SEQUENCED_CHANNEL = "rex_sequenced";

  private static final int PRUNE_BATCH = 10_000;

  private static final String LOCK_HEAD =
      "select last_pos, pruned_through, horizon::text from rex_change_head for update skip locked";

  private static final String HORIZON = "select pg_snapshot_xmin(pg_current_snapshot())::text";

  private static final String NUMBER =
      "with batch as (select id, row_number() over (order by id) as n from rex_change_log"
          + " where pos is null and xid >= ?::xid8 order by id limit "
          + SEQUENCE_BATCH
          + ") update rex_change_log c set pos = ? + batch.n from batch where c.id = batch.id";

  private static final String ADVANCE_HEAD =
      "update rex_change_head set last_pos = last_pos + ?, horizon = ?::xid8";

  private static final String PRUNE_CUT =
      "select max(pos) from (select pos, bool_and(pos <= ? or changed_at < now() - ? *"
          + " interval '1 millisecond') over (order by pos) as doomed from (select pos, changed_at"
          + " from rex_change_log where pos > ? order by pos limit "
          + PRUNE_BATCH
          + ") oldest) marked where doomed";

  @Override
  public int sequence(Connection connection) throws SQLException {
    return Sql.inTransaction(
        connection,
        () -> {
          long head;
          String horizon;
          String nextHorizon;
          try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(LOCK_HEAD)) {
              if (!rows.next()) {
                return 0;
              }
              head = rows.getLong(1);
              horizon = rows.getString(3);
            }
            // Taken before the numbering statement's snapshot: every transaction below it has
            // ended, so this pass sees (and, unless the batch is full, numbers) all its changes.
            try (ResultSet rows = statement.executeQuery(HORIZON)) {
              rows.next();
              nextHorizon = rows.getString(1);
            }
          }
          int numbered;
          try (PreparedStatement number = connection.prepareStatement(NUMBER)) {
            number.setString(1, horizon);
            number.setLong(2, head);
            numbered = number.executeUpdate();
          }
          String newHorizon = numbered < SEQUENCE_BATCH ? nextHorizon : horizon;
          if (numbered > 0 || !newHorizon.equals(horizon)) {
            try (PreparedStatement advance = connection.prepareStatement(ADVANCE_HEAD)) {
              advance.setLong(1, numbered);
              advance.setString(2, newHorizon);
              advance.executeUpdate();
            }
          }
          if (numbered > 0) {
            try (Statement statement = connection.createStatement()) {
              statement.execute("notify " + SEQUENCED_CHANNEL);
            }
          }
          return numbered;
        });
  }

  @Override
  public long head(Connection connection) throws SQLException {
    return Sql.queryLong(connection, "select last_pos from rex_change_head", 0);
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
            "select pos, schema_name, table_name from rex_change_log where pos > ? order by pos"
                + " limit ?")) {
      statement.setLong(1, after);
      statement.setInt(2, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(new LogEntry(rows.getLong(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    return entries;
  }

  @Override
  public String imageQuery(Table<?> table) {
    String type = Sql.quote(schemaOf(table)) + "." + Sql.quote(table.getName());
    StringBuilder sql =
        new StringBuilder(
            "select c.pos, c.op, (extract(epoch from c.changed_at) * 1000)::bigint,"
                + " c.new_row is not null");
    appendColumns(sql, table, "n");
    sql.append(", c.old_row is not null");
    appendColumns(sql, table, "o");
    sql.append(" from rex_change_log c")
        .append(" cross join lateral jsonb_populate_record(null::")
        .append(type)
        .append(", c.new_row) n cross join lateral jsonb_populate_record(null::")
        .append(type)
        .append(", c.old_row) o where c.pos > ? and c.pos <= ? and c.schema_name = ?")
        .append(" and c.table_name = ? order by c.pos");
    return sql.toString();
  }

  private static void appendColumns(StringBuilder sql, Table<?> table, String alias) {
    for (Field<?> field : table.fields()) {
      sql.append(", ").append(alias).append('.').append(Sql.quote(field.getName()));
    }
  }

  @Override
  public String schemaOf(Table<?> table) {
    String schema = table.getSchema();
    return schema == null || schema.isEmpty() ? "public" : schema;
  }

  @Override
  public int prune(Connection connection, Duration maxAge, long maxRows) throws SQLException {
    return Sql.inTransaction(
        connection,
        () -> {
          long head;
          long pruned;
          try (Statement statement = connection.createStatement();
              ResultSet rows = statement.executeQuery(LOCK_HEAD)) {
            if (!rows.next()) {
              return 0;
            }
            head = rows.getLong(1);
            pruned = rows.getLong(2);
          }
          long cut =
              Sql.queryLong(
                  connection, PRUNE_CUT, pruned, head - maxRows, maxAge.toMillis(), pruned);
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
