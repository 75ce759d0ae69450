package dev.rex.dsl;

import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RowColumns;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a query's rows and how to turn one row's values into a record. Runtimes read each
 * row with {@link #read(RowColumns, QueryExecutor)}, whose columns are in {@link #fields()} order.
 *
 * @param <R> the record type
 */
public interface RecordType<R extends Record> {

  /** The fields of a row, in column order. */
  List<Field<?>> fields();

  /**
   * A record holding {@code values}, which are in {@link #fields()} order. Table records are
   * attached to {@code executor} so that {@code store()} and {@code delete()} can run.
   */
  R newRecord(@Nullable Object[] values, @Nullable QueryExecutor executor);

  /**
   * A record of the row {@code row} is on, attached as {@link #newRecord} attaches it. This default
   * reads every column ({@link RowColumns#values()}) and calls {@link #newRecord}; the rows of a
   * generated table are read by the table's own code, one typed call per column.
   *
   * @param row the columns of the current row, in {@link #fields()} order
   * @param executor what table records are attached to, or null
   * @return the record
   * @throws SQLException when the driver fails
   */
  default R read(RowColumns row, @Nullable QueryExecutor executor) throws SQLException {
    return newRecord(row.values(), executor);
  }
}
