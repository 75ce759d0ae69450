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
   * The value of an {@code Integer} column as an {@code int}, without a box: 0 for SQL NULL, which
   * {@link #isNull} then tells apart from a stored 0. Generated records keep such columns in {@code
   * int} fields.
   *
   * @param index the column's position, from 0
   * @return the value, or 0 for SQL NULL
   * @throws SQLException when the driver fails
   */
  default int intValue(int index) throws SQLException {
    Integer value = getInteger(index);
    return value == null ? 0 : value;
  }

  /**
   * The value of a {@code Long} column as a {@code long}, without a box: 0 for SQL NULL, which
   * {@link #isNull} then tells apart from a stored 0.
   *
   * @param index the column's position, from 0
   * @return the value, or 0 for SQL NULL
   * @throws SQLException when the driver fails
   */
  default long longValue(int index) throws SQLException {
    Long value = getLong(index);
    return value == null ? 0 : value;
  }

  /**
   * Whether the column at {@code index} is SQL NULL. Called right after {@link #intValue} or {@link
   * #longValue} of the same column, it answers without reading the column again (as JDBC's {@code
   * wasNull} does); at any other time it reads the column.
   *
   * @param index the column's position, from 0
   * @return whether the value is SQL NULL
   * @throws SQLException when the driver fails
   */
  default boolean isNull(int index) throws SQLException {
    return get(index) == null;
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
