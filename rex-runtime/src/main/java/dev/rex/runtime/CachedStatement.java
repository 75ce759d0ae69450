package dev.rex.runtime;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.QueryExecutor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A prepared statement kept open between executions, with the limits last set on it so that {@code
 * setMaxRows} and {@code setFetchSize} are only called when they change, and what was resolved for
 * its last execution: the binding for each bind parameter's type and the reader of its rows. One
 * thread at a time uses a statement (it holds the connection), so nothing here is locked.
 */
final class CachedStatement {

  private static final DataType<?>[] NO_TYPES = new DataType<?>[0];
  private static final Binding<?>[] NO_BINDINGS = new Binding<?>[0];

  final PreparedStatement statement;
  private int maxRows;
  private int fetchSize;
  private DataType<?>[] parameterTypes = NO_TYPES;
  private Binding<?>[] parameterBindings = NO_BINDINGS;
  private @Nullable RowReader<?> reader;

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

  /**
   * The binding of bind parameter {@code index} for {@code type}: the one resolved last time when
   * the type is the same object (the usual case: the types come from the cached query shape), else
   * resolved now and kept.
   */
  @SuppressWarnings("ReferenceEquality") // the same object, on purpose: equals would cost more
  Binding<?> parameterBinding(int index, DataType<?> type, TypeBindings types) {
    if (index < parameterTypes.length && parameterTypes[index] == type) {
      return parameterBindings[index];
    }
    Binding<?> binding = types.of(type);
    if (index >= parameterTypes.length) {
      int length = index + 1;
      parameterTypes = Arrays.copyOf(parameterTypes, length);
      parameterBindings = Arrays.copyOf(parameterBindings, length);
    }
    parameterTypes[index] = type;
    parameterBindings[index] = binding;
    return binding;
  }

  /**
   * The reader of this statement's rows into {@code type}'s records attached to {@code attachTo}:
   * the last one when both are the same objects, else a new one, kept when its columns do not
   * depend on the result set (a plain-SQL query's do).
   */
  @SuppressWarnings("unchecked")
  <R extends Record> RowReader<R> reader(
      ResultSet resultSet, RecordType<R> type, TypeBindings types, QueryExecutor attachTo)
      throws SQLException {
    RowReader<?> last = reader;
    if (last != null && last.reads(type, attachTo)) {
      return (RowReader<R>) last;
    }
    RowReader<R> fresh = RowReader.of(resultSet, type, types, attachTo);
    reader = type.fields().isEmpty() ? null : fresh;
    return fresh;
  }
}
