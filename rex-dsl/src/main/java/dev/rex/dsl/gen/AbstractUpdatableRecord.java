package dev.rex.dsl.gen;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.UpdatableRecord;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.impl.StatementStarts;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The base class of generated records of base tables: an {@link AbstractTableRecord} that can write
 * itself back with DSL statements on the executor it is attached to. Records of views extend {@code
 * AbstractTableRecord} only, so they have no {@code store()}, {@code insert()}, {@code update()} or
 * {@code delete()} to call.
 *
 * @param <R> the generated record type itself
 */
public abstract class AbstractUpdatableRecord<R extends AbstractUpdatableRecord<R>>
    extends AbstractTableRecord<R> implements UpdatableRecord<R> {

  /**
   * An empty, detached record of {@code table}.
   *
   * @param table the generated table whose rows this record holds
   */
  protected AbstractUpdatableRecord(AbstractTable<R> table) {
    super(table);
  }

  @Override
  public final int insert() {
    return RecordWrites.insert(this);
  }

  @Override
  public final int update() {
    return RecordWrites.update(this);
  }

  @Override
  public final int store() {
    return isStored() ? update() : insert();
  }

  @Override
  public final int delete() {
    QueryExecutor attached = executor();
    int count = StatementStarts.deleteFrom(attached, table).where(primaryKeyCondition()).execute();
    unstored();
    return count;
  }

  @Override
  public final void refresh() {
    QueryExecutor attached = executor();
    R fresh = Queries.selectFrom(attached, table).where(primaryKeyCondition()).fetchSingle();
    loaded(fresh.intoArray(), attached);
  }

  @SuppressWarnings("unchecked")
  final Condition primaryKeyCondition() {
    UniqueKey<R> key = table.getPrimaryKey();
    if (key == null) {
      throw new RexException(
          "Table "
              + table.getName()
              + " has no primary key, so its records cannot be updated, deleted or refreshed."
              + " Use db.update(...) / db.deleteFrom(...) with a condition instead.");
    }
    List<Condition> parts = new ArrayList<>();
    for (TableField<R, ?> field : key.fields()) {
      int index = indexOf(field);
      @Nullable Object[] before = original();
      Object value = before != null ? before[index] : value(index);
      if (value == null) {
        throw new RexException(
            "The record of "
                + table.getName()
                + " has no value for key column "
                + field.getName()
                + ".");
      }
      parts.add(((Field<Object>) table.fields().get(index)).eq(value));
    }
    return DSL.and(parts);
  }
}
