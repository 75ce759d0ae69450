package dev.rex;

import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.runtime.JdbcExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sets of binds of one batch statement. Unlike query steps a batch is a builder: {@code bind}
 * appends to it (copying the list on every call would make a 10,000-row batch quadratic), so a
 * batch belongs to one thread.
 */
final class Batch implements BatchBindStep {

  private final JdbcExecutor executor;
  private final Query statement;
  private final RenderedQuery template;
  private final List<@Nullable Object[]> rows = new ArrayList<>();

  Batch(JdbcExecutor executor, Query statement) {
    this.executor = executor;
    this.statement = statement;
    this.template = statement.render(executor.dialect());
  }

  @Override
  public BatchBindStep bind(@Nullable Object... values) {
    if (values.length != template.bindCount()) {
      throw new IllegalArgumentException(
          "The batch statement has "
              + template.bindCount()
              + " placeholders but "
              + values.length
              + " values were bound: "
              + template.sql());
    }
    rows.add(values.clone());
    return this;
  }

  @Override
  public int size() {
    return rows.size();
  }

  @Override
  public int[] execute() {
    if (rows.isEmpty()) {
      return new int[0];
    }
    return executor.executeBatch(statement, template, List.copyOf(rows));
  }
}
