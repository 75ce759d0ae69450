package dev.rex.dsl.spi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Moves values of one type between Java and JDBC for one dialect. Implementations are stateless and
 * shared.
 *
 * @param <T> the Java type
 */
public interface Binding<T> {

  /** Binds {@code value} (possibly {@code null}) to parameter {@code index} (1-based). */
  void set(PreparedStatement statement, int index, @Nullable T value) throws SQLException;

  /** Reads column {@code index} (1-based) of the current row; SQL {@code NULL} gives null. */
  @Nullable T get(ResultSet resultSet, int index) throws SQLException;

  /**
   * Which plain JDBC read {@link #get} is, so that a reader of many rows may make that call itself
   * and save one interface call per value: {@link Getter#INT} when {@code get} is exactly {@code
   * getInt} with {@code wasNull()} giving null ({@link Getter#INT_FROM_LONG}: {@code getLong},
   * narrowed), {@link Getter#LONG} the same with {@code getLong}, {@link Getter#STRING} when it is
   * exactly {@code getString}. The default, {@link Getter#OTHER}, is right for every binding that
   * converts, checks or wraps the value: {@code get} is then always called.
   */
  default Getter getter() {
    return Getter.OTHER;
  }

  /**
   * This binding with each non-null value passed through {@code check} before it is bound: {@code
   * check} returns the value to bind (the same one, or one it normalised) or throws an {@link
   * dev.rex.dsl.exception.InvalidValueException} saying why the database could not keep it. Reads
   * are this binding's own, and so is its {@link #getter()}.
   *
   * @param check the check made on each value bound
   * @return the checked binding
   */
  default Binding<T> checkedBy(UnaryOperator<T> check) {
    Binding<T> unchecked = this;
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        unchecked.set(statement, index, value == null ? null : check.apply(value));
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        return unchecked.get(resultSet, index);
      }

      @Override
      public Getter getter() {
        return unchecked.getter();
      }
    };
  }

  /** The plain JDBC reads a binding's {@link #get} can declare it is; see {@link #getter()}. */
  enum Getter {
    /** {@code getInt}, with {@code wasNull()} giving null. */
    INT,
    /**
     * {@code getLong} narrowed to an {@code int}, with {@code wasNull()} giving null: for a
     * database whose integers are all 64-bit (SQLite). A value that does not fit an {@code int} is
     * the binding's {@code get} to refuse; a reader calls it for such a value.
     */
    INT_FROM_LONG,
    /** {@code getLong}, with {@code wasNull()} giving null. */
    LONG,
    /** {@code getString}. */
    STRING,
    /** Anything else: the binding's own {@code get}. */
    OTHER
  }
}
