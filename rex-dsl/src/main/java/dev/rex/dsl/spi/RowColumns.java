package dev.rex.dsl.spi;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the row a runtime is reading, as a {@link dev.rex.dsl.RecordType} takes them: by
 * position in the record type's fields (from 0), each read through the binding the runtime chose
 * for that field's type. Valid only while the runtime is on that row.
 *
 * <p>Generated tables read their rows with one typed call per column ({@code row.getInteger(0),
 * row.getString(1), …}): a runtime can then make the plain JDBC call for a column whose binding
 * declares it ({@link Binding#getter()}), and each column gets its own call site, which the JIT
 * compiles for that column alone. The typed methods return exactly what {@link #get} returns.
 */
public interface RowColumns {

  /**
   * Every column's value, in order.
   *
   * @return a new array, one value per column
   * @throws SQLException when the driver fails
   */
  @Nullable Object[] values() throws SQLException;

  /**
   * The value of the column at {@code index}, through its binding.
   *
   * @param index the column's position, from 0
   * @return the value, or null for SQL NULL
   * @throws SQLException when the driver fails
   */
  @Nullable Object get(int index) throws SQLException;

  /**
   * The value of an {@code Integer} column.
   *
   * @param index the column's position, from 0
   * @return the value, or null for SQL NULL
   * @throws SQLException when the driver fails
   */
  default @Nullable Integer getInteger(int index) throws SQLException {
    return (Integer) get(index);
  }

  /**
   * The value of a {@code Long} column.
   *
   * @param index the column's position, from 0
   * @return the value, or null for SQL NULL
   * @throws SQLException when the driver fails
   */
  default @Nullable Long getLong(int index) throws SQLException {
    return (Long) get(index);
  }

  /**
   * The value of a {@code String} column.
   *
   * @param index the column's position, from 0
   * @return the value, or null for SQL NULL
   * @throws SQLException when the driver fails
   */
  default @Nullable String getString(int index) throws SQLException {
    return (String) get(index);
  }
}
