package dev.rex.codegen;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.spi.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a rendered query over plain JDBC with the dialect's bindings, standing in for rex-runtime:
 * it proves that generated names and types match the real schema.
 */
final class QueryRunner {

  private QueryRunner() {}

  /** The rows of {@code query}, each value read with the binding of its field's type. */
  static List<List<Object>> fetch(Connection connection, Dialect dialect, ResultQuery<?> query)
      throws SQLException {
    RenderedQuery rendered = query.render(dialect);
    List<Field<?>> fields = query.recordType().fields();
    try (PreparedStatement statement = connection.prepareStatement(rendered.sql())) {
      for (int i = 0; i < rendered.bindCount(); i++) {
        bind(statement, dialect, rendered.bindType(i), i + 1, rendered.bindValue(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          Object[] row = new Object[fields.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = dialect.binding(fields.get(i).getDataType()).get(result, i + 1);
          }
          rows.add(Arrays.asList(row));
        }
      }
      return rows;
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void bind(
      PreparedStatement statement, Dialect dialect, DataType<T> type, int index, Object value)
      throws SQLException {
    dialect.binding(type).set(statement, index, (T) value);
  }
}
