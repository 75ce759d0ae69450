package dev.rex.dsl;

import dev.rex.dsl.spi.QueryExecutor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a query's rows and how to turn one row's values into a record. Runtimes read the
 * columns in {@link #fields()} order and call {@link #newRecord(Object[], QueryExecutor)}.
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
}
