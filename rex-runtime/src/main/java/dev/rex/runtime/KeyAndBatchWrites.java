package dev.rex.runtime;

import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.listener.ExecuteContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The two writes of {@link JdbcExecutor} that do not use its statement cache: an INSERT that reads
 * back the key the database generated (a statement prepared with {@code RETURN_GENERATED_KEYS},
 * which a cached statement was not), and a JDBC batch (one statement, many sets of binds). Both run
 * on the executor's connection path, so listeners, timeouts, error translation and the result cache
 * see them as any other statement.
 */
final class KeyAndBatchWrites {

  private KeyAndBatchWrites() {}

  /** Runs {@code insert} and returns the first key of its first row, or null when there is none. */
  static @Nullable Object generatedKey(JdbcExecutor executor, Query insert) {
    RenderedQuery rendered = insert.render(executor.dialect());
    @Nullable Object[] key = new Object[1];
    executor.onConnection(
        rendered,
        ExecuteContext.Kind.UPDATE,
        1,
        insert,
        0,
        (self, connection, r, unused, limit) -> {
          try (PreparedStatement statement =
              connection.prepareStatement(rendered.sql(), Statement.RETURN_GENERATED_KEYS)) {
            QueryTimer.Watch watch = self.timer().watch(statement);
            try {
              self.bind(statement, rendered);
              int count = statement.executeUpdate();
              try (ResultSet keys = statement.getGeneratedKeys()) {
                key[0] = keys.next() ? keys.getObject(1) : null;
              }
              return count;
            } catch (SQLException e) {
              throw watch.explain(e);
            } finally {
              watch.close();
            }
          }
        },
        updated -> updated);
    executor.written(insert, rendered);
    return key[0];
  }

  /** Runs {@code template} once per row of {@code rows}, as one JDBC batch; the update counts. */
  static int[] batch(
      JdbcExecutor executor,
      Query statement,
      RenderedQuery template,
      List<@Nullable Object[]> rows) {
    int[] counts =
        executor.onConnection(
            template,
            ExecuteContext.Kind.BATCH,
            rows.size(),
            statement,
            0,
            (self, connection, r, unused, limit) -> {
              try (PreparedStatement batch = connection.prepareStatement(template.sql())) {
                for (@Nullable Object[] row : rows) {
                  for (int i = 0; i < row.length; i++) {
                    StatementSteps.bindValue(batch, i, template, row[i], self.types());
                  }
                  batch.addBatch();
                }
                try (QueryTimer.Watch watch = self.timer().watch(batch)) {
                  try {
                    return batch.executeBatch();
                  } catch (SQLException e) {
                    throw watch.explain(e);
                  }
                }
              }
            },
            KeyAndBatchWrites::sum);
    executor.written(statement, template);
    return counts;
  }

  /** The rows a batch changed: its update counts, a negative count (unknown) as none. */
  private static int sum(int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += Math.max(count, 0);
    }
    return total;
  }
}
