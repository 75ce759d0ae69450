package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.DetachedException;
import dev.rex.dsl.spi.QueryExecutor;
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

  final TableImpl<R> table;
  final boolean[] changed;
  @Nullable Object @Nullable [] original;
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
  final R self() {
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

  final QueryExecutor executor() {
    QueryExecutor attached = executor;
    if (attached == null) {
      throw DetachedException.forRecord(table.getName());
    }
    return attached;
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

  final void markStored(QueryExecutor attached) {
    java.util.Arrays.fill(changed, false);
    original = values.clone();
    executor = attached;
  }
}
