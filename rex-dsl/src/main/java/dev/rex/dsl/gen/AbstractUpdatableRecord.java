package dev.rex.dsl.gen;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertOnDuplicateStep;
import dev.rex.dsl.InsertSetMoreStep;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.UpdatableRecord;
import dev.rex.dsl.UpdateSetMoreStep;
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
  @SuppressWarnings("unchecked")
  public final int insert() {
    QueryExecutor attached = executor();
    Queries.requireValid(this, attached);
    InsertSetStep<R> insert = StatementStarts.insertInto(attached, table);
    InsertOnDuplicateStep<R> ready = null;
    for (int i = 0; i < values.length; i++) {
      if (isChanged(i)) {
        Field<Object> field = (Field<Object>) table.fields().get(i);
        ready =
            ready == null
                ? insert.set(field, values[i])
                : ((InsertSetMoreStep<R>) ready).set(field, values[i]);
      }
    }
    if (ready == null) {
      ready = insert.defaultValues();
    }
    if (!attached.dialect().supportsReturning()) {
      return insertReadingGeneratedKey(ready, attached);
    }
    R stored = ready.returning().fetchSingle();
    loaded(stored.values, attached);
    return 1;
  }

  /**
   * Inserts on a dialect without RETURNING: the key the database generated goes into the identity
   * column the record did not set, and the row is then read back by its primary key, so that the
   * record holds the database's defaults as it would after {@code insert … returning *}.
   */
  private int insertReadingGeneratedKey(InsertOnDuplicateStep<R> insert, QueryExecutor attached) {
    int identity = generatedIdentity();
    if (identity < 0) {
      int count = insert.execute();
      markStored(attached);
      return count;
    }
    Object key = attached.executeReturningGeneratedKey(insert);
    if (key != null) {
      writable()[identity] = Queries.generatedKey(key, table.fields().get(identity).getType());
    }
    markStored(attached);
    if (key != null && table.getPrimaryKey() != null) {
      refresh();
    }
    return 1;
  }

  /** The index of the identity column this record leaves to the database, or -1. */
  private int generatedIdentity() {
    for (int i = 0; i < values.length; i++) {
      if (!isChanged(i) && table.fields().get(i).getDataType().isIdentity()) {
        return i;
      }
    }
    return -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public final int update() {
    QueryExecutor attached = executor();
    Condition key = primaryKeyCondition();
    if (changed()) {
      Queries.requireValid(this, attached);
    }
    UpdateSetMoreStep<R> update = null;
    for (int i = 0; i < values.length; i++) {
      if (isChanged(i)) {
        Field<Object> field = (Field<Object>) table.fields().get(i);
        update =
            update == null
                ? StatementStarts.update(attached, table).set(field, values[i])
                : update.set(field, values[i]);
      }
    }
    if (update == null) {
      return 0;
    }
    int count = update.where(key).execute();
    markStored(attached);
    return count;
  }

  @Override
  public final int store() {
    return original == null ? insert() : update();
  }

  @Override
  public final int delete() {
    QueryExecutor attached = executor();
    int count = StatementStarts.deleteFrom(attached, table).where(primaryKeyCondition()).execute();
    original = null;
    return count;
  }

  @Override
  public final void refresh() {
    QueryExecutor attached = executor();
    R fresh = Queries.selectFrom(attached, table).where(primaryKeyCondition()).fetchSingle();
    loaded(fresh.values, attached);
  }

  @SuppressWarnings("unchecked")
  private Condition primaryKeyCondition() {
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
      @Nullable Object[] source = original != null ? original : values;
      Object value = source[index];
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
