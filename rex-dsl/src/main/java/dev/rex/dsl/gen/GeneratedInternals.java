package dev.rex.dsl.gen;

import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RowColumns;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Gives the query implementation what generated tables and records keep package-private: how a
 * table was reached by navigation, and a record's stored state. Installed once, when {@link
 * AbstractTable} is initialised, which happens before any generated table or record exists.
 */
final class GeneratedInternals implements Queries.GeneratedCode {

  private GeneratedInternals() {}

  static void install() {
    Queries.install(new GeneratedInternals());
  }

  @Override
  public @Nullable Table<?> navigatedFrom(Table<?> table) {
    return table instanceof AbstractTable<?> generated ? generated.navigatedFrom() : null;
  }

  @Override
  public @Nullable ForeignKey<?, ?> navigatedAlong(Table<?> table) {
    return table instanceof AbstractTable<?> generated ? generated.navigatedAlong() : null;
  }

  @Override
  public boolean isNew(TableRecord<?> record) {
    return record instanceof AbstractTableRecord<?> generated && generated.isNew();
  }

  @Override
  public void loaded(
      TableRecord<?> record, @Nullable Object[] row, @Nullable QueryExecutor executor) {
    ((AbstractTableRecord<?>) record).loaded(row, executor);
  }

  @Override
  public void stored(TableRecord<?> record, QueryExecutor executor) {
    ((AbstractTableRecord<?>) record).markStored(executor);
  }

  @Override
  public void read(TableRecord<?> record, RowColumns row, @Nullable QueryExecutor executor)
      throws SQLException {
    AbstractTableRecord<?> generated = (AbstractTableRecord<?>) record;
    generated.read(row); // not through a method of the record: a call less on the hot path
    generated.markStored(executor);
  }
}
