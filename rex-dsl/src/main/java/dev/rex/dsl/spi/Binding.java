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
}
