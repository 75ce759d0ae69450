package dev.rex.realtime.internal;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangePosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one table's changes in a range of positions as typed records. The database turns the logged
 * JSON back into the table's column types (PostgreSQL's {@code jsonb_populate_record}, SQLite's
 * {@code json_extract}), and the dialect's bindings read them exactly as a query of the table
 * would: a change's record holds the values a {@code select} would return.
 */
public final class ImageReader<R extends Record> {

  private final ChangeLog log;
  private final Table<R> table;
  private final String sql;
  private final List<Binding<?>> bindings;
  private final QueryExecutor executor;

  public ImageReader(ChangeLog log, Table<R> table, Dialect dialect, QueryExecutor executor) {
    this.log = log;
    this.table = table;
    this.sql = log.imageQuery(table);
    this.executor = executor;
    List<Binding<?>> list = new ArrayList<>();
    for (Field<?> field : table.fields()) {
      list.add(dialect.binding(field.getDataType()));
    }
    this.bindings = List.copyOf(list);
  }

  /** The table's changes after {@code after} up to and including {@code through}, in order. */
  public List<Change<R>> read(Connection connection, long after, long through) throws SQLException {
    List<Change<R>> changes = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, after);
      statement.setLong(2, through);
      statement.setString(3, log.schemaOf(table));
      statement.setString(4, table.getName());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          changes.add(change(rows));
        }
      }
    }
    return changes;
  }

  private Change<R> change(ResultSet rows) throws SQLException {
    int columns = bindings.size();
    R newRecord = image(rows, 5);
    R oldRecord = image(rows, 6 + columns);
    return new Change<>(
        new ChangePosition(rows.getLong(1)),
        table,
        Operations.fromCode(rows.getString(2)),
        newRecord,
        oldRecord,
        Instant.ofEpochMilli(rows.getLong(3)));
  }

  private @Nullable R image(ResultSet rows, int first) throws SQLException {
    if (!rows.getBoolean(first - 1)) {
      return null;
    }
    Object[] values = new Object[bindings.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = bindings.get(i).get(rows, first + i);
    }
    return table.recordType().newRecord(values, executor);
  }
}
