package dev.rex.dsl.spi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
   * getInt} with {@code wasNull()} giving null, {@link Getter#LONG} the same with {@code getLong},
   * {@link Getter#STRING} when it is exactly {@code getString}. The default, {@link Getter#OTHER},
   * is right for every binding that converts, checks or wraps the value: {@code get} is then always
   * called.
   */
  default Getter getter() {
    return Getter.OTHER;
  }

  /** The plain JDBC reads a binding's {@link #get} can declare it is; see {@link #getter()}. */
  enum Getter {
    /** {@code getInt}, with {@code wasNull()} giving null. */
    INT,
    /** {@code getLong}, with {@code wasNull()} giving null. */
    LONG,
    /** {@code getString}. */
    STRING,
    /** Anything else: the binding's own {@code get}. */
    OTHER
  }
}
