package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.gen.AbstractTable;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RowColumns;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows read into a table's generated records. The query may return all of the table's columns
 * (SELECT * or RETURNING *) or some of them (RETURNING a, b); each value lands at its column's
 * position and the rest stay null.
 */
final class TableRecordType<R extends Record> implements RecordType<R> {

  private final AbstractTable<R> table;
  private final List<Field<?>> fields;
  private final int @Nullable [] positions;
  private @Nullable SelectModel selectAll;

  /**
   * The last {@code selectFrom(table)} step made, for the next one on the same executor: steps are
   * immutable, so one can be handed out any number of times. A racing thread at worst makes its
   * own. It keeps the last executor it was made for reachable (one per table, until the next {@code
   * selectFrom} of the table on another executor): a closed {@code Rex} or a finished transaction's
   * executor may stay in memory that long.
   */
  private @Nullable SelectImpl<R> lastSelectFrom;

  /**
   * The shape of the last {@code selectFrom(table).where(column op value)} rendered, for the next
   * lookup of that shape ({@link LookupShape}); replaced by a lookup of another shape. A racing
   * thread at worst renders through the cache and replaces it with an equal one.
   */
  private @Nullable LookupShape lastLookup;

  /**
   * {@code fetchById}'s prepared lookup of this table, made at its first use ({@link KeyLookup}).
   */
  private volatile @Nullable PreparedPlan keyLookup;

  TableRecordType(AbstractTable<R> table, List<? extends Field<?>> fields) {
    this.table = table;
    this.fields = List.copyOf(fields);
    this.positions = identity(table, this.fields) ? null : positions(table, this.fields);
  }

  private static boolean identity(AbstractTable<?> table, List<Field<?>> fields) {
    return fields.equals(table.fields());
  }

  private static int[] positions(AbstractTable<?> table, List<Field<?>> fields) {
    int[] positions = new int[fields.size()];
    for (int i = 0; i < positions.length; i++) {
      Field<?> own = table.field(fields.get(i).getName());
      if (own == null) {
        throw new IllegalArgumentException(
            fields.get(i).getName() + " is not a column of " + table.getName() + ".");
      }
      positions[i] = ((TableFieldImpl<?, ?>) own).index();
    }
    return positions;
  }

  /**
   * The model of {@code select <every column> from table} when {@code of} is this type's own table,
   * made once (models are immutable), or null for another table.
   */
  @Nullable SelectModel selectAllFrom(Table<?> of) {
    if (of != table || positions != null) {
      return null;
    }
    SelectModel model = selectAll;
    if (model == null) {
      model = SelectModel.of(false, fields).withFrom(List.of(table));
      selectAll = model;
    }
    return model;
  }

  /**
   * The step {@code selectFrom(of)} on {@code executor} when {@code of} is this type's own table:
   * the last one made when it was made for the same executor, else a new one. Null for another
   * table.
   */
  @SuppressWarnings("ReferenceEquality") // the same executor object, on purpose
  @Nullable SelectImpl<R> selectFrom(Table<?> of, @Nullable QueryExecutor executor) {
    SelectImpl<R> last = lastSelectFrom;
    if (last != null && last.executor == executor && of == table) {
      return last;
    }
    SelectModel model = selectAllFrom(of);
    if (model == null) {
      return null;
    }
    SelectImpl<R> fresh = new SelectImpl<>(model, this, executor, SelectImpl.Step.NONE, 0);
    lastSelectFrom = fresh;
    return fresh;
  }

  /** The kept shape of {@code before} with {@code where} as its WHERE, or null. */
  @Nullable LookupShape lastLookup(SelectModel before, ValueComparison<?> where) {
    LookupShape last = lastLookup;
    return last != null && last.isOf(before, where) ? last : null;
  }

  /**
   * Keeps the shape of {@code before} with {@code where}, as {@code rendered} renders it for {@code
   * dialect}, when {@code before} is {@code selectFrom(table)}'s model (the one every such step
   * shares: another is made per query and would never be found again) and the rendering binds the
   * comparison's value ({@link LookupShape#of}).
   */
  @SuppressWarnings("ReferenceEquality") // the one shared model object, on purpose
  void keepLookup(
      SelectModel before, ValueComparison<?> where, Dialect dialect, RenderedQuery rendered) {
    if (before != selectAll) {
      return;
    }
    LookupShape shape = LookupShape.of(before, where, dialect, rendered);
    if (shape != null) {
      lastLookup = shape;
    }
  }

  /**
   * The prepared lookup by primary key of {@code of}, rendered for {@code dialect}, when {@code of}
   * is this type's own table read whole; null for another table. Made once (again when the dialect
   * changes); a racing thread at worst makes its own.
   */
  @Nullable PreparedPlan keyLookup(Table<?> of, Dialect dialect) {
    if (of != table || positions != null) {
      return null;
    }
    PreparedPlan plan = keyLookup;
    if (plan == null) {
      plan = KeyLookup.plan(table, dialect);
      keyLookup = plan;
    } else if (!plan.isFor(dialect)) {
      plan = plan.forDialect(dialect); // the last dialect used is kept
      keyLookup = plan;
    }
    return plan;
  }

  @Override
  public List<Field<?>> fields() {
    return fields;
  }

  /** All of the table's columns in order are read by the generated record's own code. */
  @Override
  public R read(RowColumns row, @Nullable QueryExecutor executor) throws SQLException {
    if (positions != null) {
      return newRecord(row.values(), executor);
    }
    R record = table.newRecord();
    Queries.generated().read((TableRecord<?>) record, row, executor);
    return record;
  }

  @Override
  public R newRecord(@Nullable Object[] values, @Nullable QueryExecutor executor) {
    R record = table.newRecord();
    TableRecord<?> loaded = (TableRecord<?>) record;
    if (positions == null) {
      Queries.generated().loaded(loaded, values, executor);
    } else {
      @Nullable Object[] full = new Object[table.fields().size()];
      for (int i = 0; i < positions.length; i++) {
        full[positions[i]] = values[i];
      }
      Queries.generated().loaded(loaded, full, executor);
    }
    return record;
  }
}
