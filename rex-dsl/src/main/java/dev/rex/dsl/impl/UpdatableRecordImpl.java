package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.InsertOnDuplicateStep;
import dev.rex.dsl.InsertSetMoreStep;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.UpdateSetMoreStep;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The base class of generated records of base tables: a {@link TableRecordImpl} that can write
 * itself back. Records of views extend {@code TableRecordImpl} only, so they have no {@code
 * store()}, {@code insert()}, {@code update()} or {@code delete()} to call.
 *
 * <p>Updates and deletes find the row by the primary key values it had when it was last read or
 * written, so changing a key column moves the row.
 *
 * @param <R> the generated record type itself
 */
public abstract class UpdatableRecordImpl<R extends UpdatableRecordImpl<R>>
    extends TableRecordImpl<R> {

  /** An empty, detached record of {@code table}. */
  protected UpdatableRecordImpl(TableImpl<R> table) {
    super(table);
  }

  /**
   * Inserts this record: the changed columns, or {@code default values} when none changed. The
   * record then holds the row as stored, with generated keys and defaults.
   *
   * @throws dev.rex.dsl.exception.ValidationException when the record breaks a constraint or rule;
   *     nothing is sent then
   * @return the number of inserted rows (1)
   */
  @SuppressWarnings("unchecked")
  public final int insert() {
    QueryExecutor attached = executor();
    RecordValidation.require(this, attached);
    InsertSetStep<R> insert = Queries.insertInto(attached, table);
    InsertOnDuplicateStep<R> ready = null;
    for (int i = 0; i < values.length; i++) {
      if (changed[i]) {
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
      int count = ready.execute();
      markStored(attached);
      return count;
    }
    R stored = ready.returning().fetchSingle();
    loaded(((TableRecordImpl<?>) stored).values, attached);
    return 1;
  }

  /**
   * Updates the changed columns of this record's row, found by primary key.
   *
   * @throws dev.rex.dsl.exception.ValidationException when the record breaks a constraint or rule;
   *     nothing is sent then
   * @return the number of updated rows: 0 when nothing changed or the row is gone
   */
  @SuppressWarnings("unchecked")
  public final int update() {
    QueryExecutor attached = executor();
    Condition key = primaryKeyCondition();
    if (changed()) {
      RecordValidation.require(this, attached);
    }
    UpdateSetMoreStep<R> update = null;
    for (int i = 0; i < values.length; i++) {
      if (changed[i]) {
        Field<Object> field = (Field<Object>) table.fields().get(i);
        update =
            update == null
                ? Queries.update(attached, table).set(field, values[i])
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

  /** Inserts this record if it did not come from the database, otherwise updates it. */
  public final int store() {
    return original == null ? insert() : update();
  }

  /**
   * Deletes this record's row, found by primary key.
   *
   * @return the number of deleted rows
   */
  public final int delete() {
    QueryExecutor attached = executor();
    int count = Queries.deleteFrom(attached, table).where(primaryKeyCondition()).execute();
    original = null;
    return count;
  }

  /** Reloads every column from the row with this record's primary key. */
  public final void refresh() {
    QueryExecutor attached = executor();
    R fresh = Queries.selectFrom(attached, table).where(primaryKeyCondition()).fetchSingle();
    loaded(((TableRecordImpl<?>) fresh).values, attached);
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
    return Combined.of(Combined.Operator.AND, parts);
  }
}
