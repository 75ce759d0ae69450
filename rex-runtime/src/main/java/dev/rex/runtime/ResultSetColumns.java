package dev.rex.runtime;

import dev.rex.dsl.Field;
import dev.rex.dsl.TableField;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.RowColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a result set's current row, each read through its field's binding. A column whose
 * binding is a plain {@code getInt}, {@code getLong} or {@code getString} ({@link
 * Binding#getter()}) is read here with that call: one interface call per value fewer than through
 * the binding, whose call site sees every binding class and so cannot be inlined. One per {@link
 * RowReader}, pointed at the result set being read ({@link #on}); not thread-safe.
 */
final class ResultSetColumns implements RowColumns {

  private final List<Field<?>> fields;
  private final Binding<?>[] bindings;
  private final Binding.Getter[] getters;
  private @Nullable ResultSet resultSet;

  /**
   * The column {@link #intValue} or {@link #longValue} read last, until {@link #isNull} answers for
   * it; otherwise -1.
   */
  private int lastPrimitive = -1;

  private boolean lastPrimitiveWasNull;

  ResultSetColumns(List<Field<?>> fields, Binding<?>[] bindings) {
    this.fields = fields;
    this.bindings = bindings;
    this.getters = new Binding.Getter[bindings.length];
    for (int i = 0; i < bindings.length; i++) {
      getters[i] = bindings[i].getter();
    }
  }

  /** Reads the current row of {@code rows} from now on; null when the reading is done. */
  void on(@Nullable ResultSet rows) {
    this.resultSet = rows;
    this.lastPrimitive = -1;
  }

  private ResultSet rows() {
    ResultSet rows = resultSet;
    if (rows == null) {
      throw new IllegalStateException("No result set to read a row of.");
    }
    return rows;
  }

  @Override
  public @Nullable Object[] values() throws SQLException {
    ResultSet rows = rows();
    @Nullable Object[] values = new Object[getters.length];
    for (int i = 0; i < values.length; i++) {
      int column = i + 1;
      switch (getters[i]) {
        case INT, INT_FROM_LONG -> {
          int value = intValue(i);
          values[i] = lastPrimitiveWasNull ? null : value;
        }
        case LONG -> {
          long value = rows.getLong(column);
          values[i] = value == 0 && rows.wasNull() ? null : value;
        }
        case STRING -> values[i] = rows.getString(column);
        default -> values[i] = get(i);
      }
    }
    return values;
  }

  @Override
  public @Nullable Object get(int index) throws SQLException {
    try {
      return bindings[index].get(rows(), index + 1);
    } catch (InvalidValueException e) {
      throw e.forColumn(columnName(fields.get(index)));
    }
  }

  @Override
  public @Nullable Integer getInteger(int index) throws SQLException {
    if (!readsInt(index)) {
      return (Integer) get(index);
    }
    int value = intValue(index);
    return lastPrimitiveWasNull ? null : value;
  }

  @Override
  public @Nullable Long getLong(int index) throws SQLException {
    if (getters[index] != Binding.Getter.LONG) {
      return (Long) get(index);
    }
    ResultSet rows = rows();
    long value = rows.getLong(index + 1);
    return value == 0 && rows.wasNull() ? null : value;
  }

  /**
   * Reads an {@code INT} or {@code INT_FROM_LONG} column with a plain JDBC call ({@link
   * #lastPrimitiveWasNull} then says whether it was NULL); a long that does not fit an int goes to
   * the binding, which refuses it. One method, not two: each call on the way from the application
   * to the driver's read counts against how deep the JIT inlines (see {@link QueryRows}), and past
   * that depth sqlite-jdbc's per-read lambda is no longer optimised away.
   */
  @Override
  public int intValue(int index) throws SQLException {
    if (!readsInt(index)) {
      Integer value = (Integer) get(index);
      return justRead(index, value == null) ? 0 : value;
    }
    ResultSet rows = rows();
    int column = index + 1;
    if (getters[index] == Binding.Getter.INT) {
      int value = rows.getInt(column);
      justRead(index, value == 0 && rows.wasNull());
      return value;
    }
    long value = rows.getLong(column);
    if (value != (int) value) {
      Integer refused = (Integer) get(index);
      return justRead(index, refused == null) ? 0 : refused;
    }
    justRead(index, value == 0 && rows.wasNull());
    return (int) value;
  }

  /** Whether column {@code index} is read with a plain JDBC call into an int. */
  private boolean readsInt(int index) {
    Binding.Getter getter = getters[index];
    return getter == Binding.Getter.INT || getter == Binding.Getter.INT_FROM_LONG;
  }

  @Override
  public long longValue(int index) throws SQLException {
    if (getters[index] != Binding.Getter.LONG) {
      Long value = (Long) get(index);
      return justRead(index, value == null) ? 0 : value;
    }
    ResultSet rows = rows();
    long value = rows.getLong(index + 1);
    justRead(index, value == 0 && rows.wasNull());
    return value;
  }

  /** Remembers whether the primitive value just read at {@code index} was SQL NULL. */
  private boolean justRead(int index, boolean isNull) {
    lastPrimitive = index;
    lastPrimitiveWasNull = isNull;
    return isNull;
  }

  @Override
  public boolean isNull(int index) throws SQLException {
    if (index != lastPrimitive) {
      return get(index) == null;
    }
    lastPrimitive = -1;
    return lastPrimitiveWasNull;
  }

  @Override
  public @Nullable String getString(int index) throws SQLException {
    return getters[index] == Binding.Getter.STRING
        ? rows().getString(index + 1)
        : (String) get(index);
  }

  private static String columnName(Field<?> field) {
    return field instanceof TableField<?, ?> column
        ? column.getTable().getName() + "." + column.getName()
        : field.getName();
  }
}
