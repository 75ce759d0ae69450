package dev.rex.runtime;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.impl.QueryBinding;
import dev.rex.dsl.spi.Binding;
import dev.rex.dsl.spi.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The executor's steps on a prepared statement: binding the values of a rendered query through the
 * settings' and dialect's bindings (a value the binding refuses is reported with its parameter and
 * column), and running every statement of a text.
 */
final class StatementSteps {

  private StatementSteps() {}

  /** Binds every value; a cached statement keeps the bindings resolved for its last execution. */
  static void bind(
      PreparedStatement statement,
      RenderedQuery rendered,
      @Nullable CachedStatement cached,
      TypeBindings types)
      throws SQLException {
    for (int i = 0; i < rendered.bindCount(); i++) {
      bind(statement, i, rendered, rendered.bindValue(i), cached, types);
    }
  }

  /**
   * As above, with the values of {@code query}, for {@code dialect}, when {@code rendered} leaves
   * them out ({@link QueryBinding#renderForBinding}): a query whose binds turn out not to be of
   * that shape is bound from a rendering of its own.
   */
  static void bind(
      PreparedStatement statement,
      RenderedQuery rendered,
      Query query,
      @Nullable CachedStatement cached,
      TypeBindings types,
      Dialect dialect)
      throws SQLException {
    int count = rendered.bindCount();
    for (int i = 0; i < count; i++) {
      @Nullable Object value = QueryBinding.bindValue(query, rendered, i, dialect);
      if (value == QueryBinding.NOT_ITS_SHAPE) {
        bind(statement, QueryBinding.complete(query, rendered, dialect), null, types);
        return;
      }
      bind(statement, i, rendered, value, cached, types);
    }
  }

  @SuppressWarnings("unchecked")
  private static void bind(
      PreparedStatement statement,
      int index,
      RenderedQuery rendered,
      @Nullable Object value,
      @Nullable CachedStatement cached,
      TypeBindings types)
      throws SQLException {
    DataType<?> type = rendered.bindType(index);
    Binding<?> binding =
        cached != null ? cached.parameterBinding(index, type, types) : types.of(type);
    bindValue(statement, index, rendered, value, (Binding<Object>) binding);
  }

  /** Binds one value of a row of a batch with the binding of the template's bind parameter. */
  @SuppressWarnings("unchecked")
  static void bindValue(
      PreparedStatement statement,
      int index,
      RenderedQuery rendered,
      @Nullable Object value,
      TypeBindings types)
      throws SQLException {
    bindValue(
        statement, index, rendered, value, (Binding<Object>) types.of(rendered.bindType(index)));
  }

  private static void bindValue(
      PreparedStatement statement,
      int index,
      RenderedQuery rendered,
      @Nullable Object value,
      Binding<Object> binding)
      throws SQLException {
    try {
      binding.set(statement, index + 1, value);
    } catch (InvalidValueException e) {
      throw e.forParameter(index + 1, rendered.bindColumn(index));
    }
  }

  /**
   * Runs every statement of the text (application-written SQL may hold several) and returns the sum
   * of their update counts. {@code executeUpdate} would throw once a statement returned rows — on
   * PostgreSQL after the statements had run and committed, so that {@code "select 1; update …"}
   * failed yet changed data; here rows are simply skipped. A statement the database refuses still
   * fails the call, and PostgreSQL then rolls back every statement of the text (they run as one
   * implicit transaction).
   */
  static int runEveryStatement(PreparedStatement statement) throws SQLException {
    boolean rows = statement.execute();
    int total = 0;
    while (true) {
      if (!rows) {
        int count = statement.getUpdateCount();
        if (count < 0) {
          return total;
        }
        total += count;
      }
      rows = statement.getMoreResults();
    }
  }
}
