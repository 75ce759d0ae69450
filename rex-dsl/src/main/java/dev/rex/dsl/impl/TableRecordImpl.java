package dev.rex.dsl.impl;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.InsertOnDuplicateStep;
import dev.rex.dsl.InsertSetMoreStep;
import dev.rex.dsl.InsertSetStep;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.UpdateSetMoreStep;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.DetachedException;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.spi.QueryExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The base class of generated records: one row of a table that remembers which columns were changed
 * and can write itself back.
 *
 * <p>A record fetched through a {@code Rex} instance, or created with {@code db.newRecord(TABLE)},
 * is attached to it; {@link #insert()}, {@link #update()}, {@link #store()}, {@link #delete()} and
 * {@link #refresh()} run on that attachment. Updates and deletes find the row by the primary key
 * values it had when it was last read or written, so changing a key column moves the row.
 *
 * <p>{@link #validate()} lists every way the record breaks its table's declared constraints and the
 * application's rules; {@code insert()}, {@code update()} and {@code store()} validate first and
 * throw a {@code ValidationException} before any SQL is sent.
 *
 * @param <R> the generated record type itself
 */
public abstract class TableRecordImpl<R extends TableRecordImpl<R>> extends AbstractRecord {

  private final TableImpl<R> table;
  private final boolean[] changed;
  private @Nullable Object @Nullable [] original;
  private @Nullable QueryExecutor executor;

  /** An empty, detached record of {@code table}. */
  protected TableRecordImpl(TableImpl<R> table) {
    super(table.rowType(), new Object[table.fields().size()]);
    this.table = table;
    this.changed = new boolean[values.length];
  }

  /** The table this record belongs to. */
  public final TableImpl<R> table() {
    return table;
  }

  @SuppressWarnings("unchecked")
  private R self() {
    return (R) this;
  }

  /** Sets the value at {@code index} and marks it changed. Generated setters call this. */
  protected final R set(int index, @Nullable Object value) {
    values[index] = value;
    changed[index] = true;
    return self();
  }

  /** Sets the value of {@code field} and marks it changed. */
  public final <T> R set(Field<T> field, @Nullable T value) {
    return set(indexOf(field), value);
  }

  /** Whether {@code field} was set since the record was created or last read or written. */
  public final boolean changed(Field<?> field) {
    return changed[indexOf(field)];
  }

  /** Whether any field was set since the record was created or last read or written. */
  public final boolean changed() {
    for (boolean c : changed) {
      if (c) {
        return true;
      }
    }
    return false;
  }

  /** Attaches this record to an executor, such as a {@code Rex} instance or a transaction. */
  public final R attach(@Nullable QueryExecutor newExecutor) {
    this.executor = newExecutor;
    return self();
  }

  /** Whether this record was not read from or written to the database yet. */
  final boolean isNew() {
    return original == null;
  }

  /**
   * Every way this record breaks the constraints its table declares (not null, length, precision,
   * enum values, understood checks) or the rules registered with the executor it is attached to.
   *
   * @return the violations, in column order then rule order; empty when the record may be written
   */
  public final List<Violation> validate() {
    return RecordValidation.violations(this, executor);
  }

  /** Fills the record with values read from the database. */
  final void loaded(@Nullable Object[] row, @Nullable QueryExecutor from) {
    System.arraycopy(row, 0, values, 0, values.length);
    java.util.Arrays.fill(changed, false);
    original = values.clone();
    executor = from;
  }

  private QueryExecutor executor() {
    QueryExecutor attached = executor;
    if (attached == null) {
      throw DetachedException.forRecord(table.getName());
    }
    return attached;
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

  /**
   * The record this one references through {@code key}, fetched now, or null when this record's key
   * is null. Generated navigation methods ({@code track.fetchAlbum()}) call this.
   */
  @SuppressWarnings("unchecked")
  protected final <P extends Record> @Nullable P fetchParent(ForeignKey<R, P> key) {
    return Navigation.parent(executor(), (R) this, key);
  }

  /**
   * The records that reference this one through {@code key}, fetched now. Generated navigation
   * methods ({@code album.fetchTracks()}) call this.
   */
  @SuppressWarnings("unchecked")
  protected final <C extends Record> Result<C> fetchChildren(ForeignKey<C, R> key) {
    return Navigation.children(executor(), (R) this, key);
  }

  /**
   * The one record that references this one through {@code key}, a key that is unique in the child
   * table (one-to-one), or null. Generated one-to-one methods call this.
   */
  @SuppressWarnings("unchecked")
  protected final <C extends Record> @Nullable C fetchChild(ForeignKey<C, R> key) {
    Result<C> children = Navigation.children(executor(), (R) this, key);
    if (children.size() > 1) {
      throw new dev.rex.dsl.exception.TooManyRowsException(
          "the rows of " + key.table().getName() + " referencing one row through " + key.name());
    }
    return children.isEmpty() ? null : children.get(0);
  }

  /**
   * The records of another table linked to this one through a join table: {@code toThis} is the
   * join table's key to this record's table, {@code toOther} its key to the other table. Generated
   * many-to-many methods ({@code playlist.fetchTracks()}) call this.
   */
  @SuppressWarnings("unchecked")
  protected final <J extends Record, O extends Record> Result<O> fetchThrough(
      ForeignKey<J, R> toThis, ForeignKey<J, O> toOther) {
    return Navigation.through(executor(), (R) this, toThis, toOther);
  }

  /** Called after a batch insert wrote this record. */
  final void inserted(QueryExecutor attached) {
    markStored(attached);
  }

  private void markStored(QueryExecutor attached) {
    java.util.Arrays.fill(changed, false);
    original = values.clone();
    executor = attached;
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
