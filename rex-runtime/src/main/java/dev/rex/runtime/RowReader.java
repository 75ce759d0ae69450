package dev.rex.runtime;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads rows into records: column {@code i} through the binding for field {@code i}'s type (the
 * settings' for its Java class, else the dialect's), by index, with no reflection and no per-row
 * lookups. A plain-SQL query does not know its columns in advance, so for it the fields come from
 * the result set's metadata.
 */
final class RowReader<R extends Record> {

  private final RecordType<R> declared;
  private final RecordType<R> type;
  private final ResultSetColumns columns;
  private final QueryExecutor attachTo;

  private RowReader(
      RecordType<R> declared, RecordType<R> type, Binding<?>[] bindings, QueryExecutor attachTo) {
    this.declared = declared;
    this.type = type;
    this.columns = new ResultSetColumns(type.fields(), bindings);
    this.attachTo = attachTo;
  }

  /** Whether this reader reads rows into {@code recordType}'s records attached to {@code to}. */
  boolean reads(RecordType<?> recordType, QueryExecutor to) {
    return declared == recordType && attachTo == to;
  }

  static <R extends Record> RowReader<R> of(
      ResultSet resultSet, RecordType<R> declared, TypeBindings types, QueryExecutor attachTo)
      throws SQLException {
    RecordType<R> type = declared;
    if (declared.fields().isEmpty()) {
      type = Queries.rowRecordType(fieldsOf(resultSet.getMetaData(), types.dialect()));
    }
    List<Field<?>> fields = type.fields();
    Binding<?>[] bindings = new Binding<?>[fields.size()];
    for (int i = 0; i < bindings.length; i++) {
      bindings[i] = types.of(fields.get(i).getDataType());
    }
    return new RowReader<>(declared, type, bindings, attachTo);
  }

  /**
   * Reads the current row: the record type reads the columns ({@link RecordType#read}), a generated
   * table's with one typed call per column.
   */
  R read(ResultSet resultSet) throws SQLException {
    columns.on(resultSet);
    return type.read(columns, attachTo);
  }

  /** What {@link #readOne} returns for a result of more than one row. */
  static final Object TOO_MANY = new Object();

  /**
   * Reads the only row of a result: the record, null when there is no row, or {@link #TOO_MANY}
   * when there is a second one (which is not read). With {@code keyed}, the query's shape allows
   * one row at most (its table's whole primary key set to values), and the second row is not looked
   * for: on SQLite that look is one more step of the statement in native code.
   */
  @Nullable Object readOne(ResultSet resultSet, boolean keyed) throws SQLException {
    try {
      if (!resultSet.next()) {
        return null;
      }
      columns.on(resultSet);
      R only = type.read(columns, attachTo);
      return !keyed && resultSet.next() ? TOO_MANY : only;
    } finally {
      columns.on(null); // a cached reader must not keep the result's rows reachable
    }
  }

  /** Reads every remaining row. */
  List<R> readAll(ResultSet resultSet) throws SQLException {
    return readAll(resultSet, 0, 0);
  }

  /** The most rows a list is sized for in advance from a query's LIMIT. */
  private static final int MAX_PRESIZED_ROWS = 1024;

  /**
   * Reads every remaining row of a result of at most {@code maxRows} rows (0: no limit); a small
   * limit (as {@code fetchOne}'s 2) sizes the list for it, and so does the query's own LIMIT
   * ({@code limitHint}, 0 for none) up to {@value #MAX_PRESIZED_ROWS} rows, so that reading a page
   * of rows does not copy the list as it grows.
   */
  List<R> readAll(ResultSet resultSet, int maxRows, int limitHint) throws SQLException {
    try {
      columns.on(resultSet);
      return rows(resultSet, maxRows, limitHint);
    } finally {
      columns.on(null); // a cached reader must not keep the result's rows reachable
    }
  }

  /**
   * The rows of {@code resultSet}, which {@link #columns} is on. The record type is called here
   * rather than through {@link #read}: one call less between the application and the driver's
   * column reads, which the JIT inlines only so deep (see {@link QueryRows}).
   */
  private List<R> rows(ResultSet resultSet, int maxRows, int limitHint) throws SQLException {
    if (maxRows == 1 || maxRows == 2) { // fetchOne, fetchAny: usually one row, held without a copy
      if (!resultSet.next()) {
        return List.of();
      }
      R first = type.read(columns, attachTo);
      if (!resultSet.next()) {
        return List.of(first);
      }
      List<R> rows = new ArrayList<>(maxRows);
      rows.add(first);
      do {
        rows.add(type.read(columns, attachTo));
      } while (resultSet.next());
      return rows;
    }
    List<R> rows =
        maxRows > 0 && maxRows <= 16
            ? new ArrayList<>(maxRows)
            : limitHint > 0
                ? new ArrayList<>(Math.min(limitHint, MAX_PRESIZED_ROWS))
                : new ArrayList<>();
    while (resultSet.next()) {
      rows.add(type.read(columns, attachTo));
    }
    return rows;
  }

  private static List<Field<?>> fieldsOf(ResultSetMetaData metaData, Dialect dialect)
      throws SQLException {
    int count = metaData.getColumnCount();
    List<Field<?>> fields = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      DataType<?> type =
          dialect.columnType(metaData.getColumnType(i), metaData.getColumnTypeName(i));
      fields.add(Queries.namedField(metaData.getColumnLabel(i), type));
    }
    return fields;
  }
}
