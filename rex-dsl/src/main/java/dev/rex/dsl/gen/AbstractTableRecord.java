package dev.rex.dsl.gen;

import dev.rex.dsl.Field;
import dev.rex.dsl.ForeignKey;
import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.DetachedException;
import dev.rex.dsl.exception.TooManyRowsException;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RowColumns;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base class of generated records: one row of a table or view that remembers which columns were
 * changed and the values it had when it was last read or written. Records of base tables extend
 * {@link AbstractUpdatableRecord}, which can also write themselves back.
 *
 * <p>A generated subclass keeps each column's value in a typed field of its own and adds a typed
 * getter and a fluent setter per column ({@link #get(int)} and {@link #set(int, Object)} by
 * position, through {@link #value(int)} and {@link #value(int, Object)}), a reader of its own rows
 * ({@link #read(RowColumns)}) and navigation methods built on {@link #fetchParent}, {@link
 * #fetchChildren}, {@link #fetchChild} and {@link #fetchThrough}.
 *
 * @param <R> the generated record type itself
 */
public abstract class AbstractTableRecord<R extends AbstractTableRecord<R>>
    implements TableRecord<R> {

  final AbstractTable<R> table;

  /**
   * Whether the record is stored, what was set on it since, and an array record's values; null for
   * a new record nothing was put in, {@link RecordState#STORED} for a stored one left alone.
   * Generated records keep each value in a field of their own.
   */
  private @Nullable RecordState state;

  private @Nullable QueryExecutor executor;

  /**
   * An empty, detached record of {@code table}.
   *
   * @param table the generated table whose rows this record holds
   */
  protected AbstractTableRecord(AbstractTable<R> table) {
    this.table = table;
  }

  /**
   * The value at {@code index} as this record holds it. Generated records override this (and {@link
   * #value(int, Object)} and {@link #read(RowColumns)}) to keep each value in a typed field of its
   * own; this default keeps them in an array.
   *
   * @param index the column's position in the table
   * @return the value, or null
   * @throws IndexOutOfBoundsException when the table has no column at {@code index}
   */
  protected @Nullable Object value(int index) {
    Objects.checkIndex(index, size());
    RecordState current = state;
    @Nullable Object[] own = current == null ? null : current.values;
    return own == null ? null : own[index];
  }

  /**
   * Puts {@code value} at {@code index} as it is, without marking the column changed: {@link
   * #set(int, Object)} calls this after its bookkeeping, and so does reading a row.
   *
   * @param index the column's position in the table
   * @param value the value, of the column's type
   * @throws IndexOutOfBoundsException when the table has no column at {@code index}
   * @throws ClassCastException when a generated record's field cannot hold {@code value}
   */
  protected void value(int index, @Nullable Object value) {
    Objects.checkIndex(index, size());
    RecordState mine = RecordState.own(state);
    state = mine;
    @Nullable Object[] own = mine.values;
    if (own == null) {
      own = new Object[size()];
      mine.values = own;
    }
    own[index] = value;
  }

  /**
   * Reads every column of the row {@code row} is on into this record, in the table's column order.
   * Generated records read each column with its own typed call ({@code trackId =
   * row.getInteger(0);}, see {@link RowColumns}); this default reads them all through {@link
   * RowColumns#values()}. Called only on a new record, and only when a query returns all of the
   * table's columns in order.
   *
   * @param row the columns of the current row
   * @throws SQLException when the driver fails
   */
  protected void read(RowColumns row) throws SQLException {
    RecordState mine = RecordState.own(state);
    state = mine;
    mine.values = row.values();
  }

  /** Whether the column at {@code index} was set since the record was read or stored. */
  final boolean isChanged(int index) {
    RecordState current = state;
    boolean[] set = current == null ? null : current.changed;
    return set != null && set[index];
  }

  /** Whether the record was read from or written to the database (and not deleted since). */
  final boolean isStored() {
    return RecordState.stored(state);
  }

  /**
   * The values the record had when it was last read or stored, if anything was set on it since
   * (else null: the current values are the stored ones).
   */
  final @Nullable Object @Nullable [] original() {
    RecordState current = state;
    return current == null ? null : current.original;
  }

  /** Forgets that the record is stored, after its row was deleted; what was set on it stays. */
  final void unstored() {
    state = RecordState.deleted(state);
  }

  @Override
  public final AbstractTable<R> table() {
    return table;
  }

  @SuppressWarnings("unchecked")
  final R self() {
    return (R) this;
  }

  @Override
  public final List<Field<?>> fields() {
    return table.fields();
  }

  @Override
  public final int size() {
    return table.fields().size();
  }

  @Override
  public final @Nullable Object get(int index) {
    return value(index);
  }

  @Override
  @SuppressWarnings("unchecked")
  public final <T> @Nullable T get(Field<T> field) {
    return (T) value(indexOf(field));
  }

  @Override
  public final @Nullable Object get(String name) {
    return value(Queries.indexOf(table.fields(), name));
  }

  final int indexOf(Field<?> field) {
    return Queries.indexOf(table.fields(), field);
  }

  @Override
  public final @Nullable Object[] intoArray() {
    @Nullable Object[] copy = new Object[size()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = value(i);
    }
    return copy;
  }

  @Override
  public final Map<String, @Nullable Object> intoMap() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    List<Field<?>> fields = table.fields();
    for (int i = 0; i < fields.size(); i++) {
      map.put(fields.get(i).getName(), value(i));
    }
    return map;
  }

  /**
   * Sets the value at {@code index} and marks it changed. Generated setters call this.
   *
   * @param index the column's position in the table
   * @param value the new value
   * @return this record
   */
  protected final R set(int index, @Nullable Object value) {
    Objects.checkIndex(index, size());
    RecordState mine = RecordState.own(state);
    state = mine;
    if (mine.stored && mine.original == null) {
      mine.original = intoArray();
    }
    value(index, value);
    boolean[] set = mine.changed;
    if (set == null) {
      set = new boolean[size()];
      mine.changed = set;
    }
    set[index] = true;
    return self();
  }

  @Override
  public final <T> R set(Field<T> field, @Nullable T value) {
    return set(indexOf(field), value);
  }

  @Override
  public final boolean changed(Field<?> field) {
    return isChanged(indexOf(field));
  }

  @Override
  public final boolean changed() {
    RecordState current = state;
    boolean[] set = current == null ? null : current.changed;
    if (set == null) {
      return false;
    }
    for (boolean c : set) {
      if (c) {
        return true;
      }
    }
    return false;
  }

  @Override
  public final R attach(@Nullable QueryExecutor newExecutor) {
    this.executor = newExecutor;
    return self();
  }

  /** Whether this record was not read from or written to the database yet. */
  final boolean isNew() {
    return !isStored();
  }

  @Override
  public final List<Violation> validate() {
    return Queries.violations(this, executor);
  }

  /**
   * Fills the record with values read from the database, one per column; the caller gives {@code
   * row} up: it must neither change nor keep it.
   */
  final void loaded(@Nullable Object[] row, @Nullable QueryExecutor from) {
    if (row.length != size()) {
      throw new IllegalArgumentException(
          "A row of " + table.getName() + " has " + size() + " values, not " + row.length + ".");
    }
    for (int i = 0; i < row.length; i++) {
      value(i, row[i]);
    }
    markStored(from);
  }

  /** The executor this record is attached to. */
  final QueryExecutor executor() {
    QueryExecutor attached = executor;
    if (attached == null) {
      throw Thrown.detached(table.getName());
    }
    return attached;
  }

  /** Marks the current values as the stored row, read or written through {@code from}. */
  final void markStored(@Nullable QueryExecutor from) {
    state = RecordState.storedNow(state);
    executor = from;
  }

  /**
   * The record this one references through {@code key}, fetched now, or null when this record's key
   * is null. Generated navigation methods ({@code track.fetchAlbum()}) call this.
   *
   * @param key a foreign key of this record's table
   * @return the referenced record, or null
   * @throws DetachedException when this record is not attached
   */
  protected final <P extends Record> @Nullable P fetchParent(ForeignKey<R, P> key) {
    return Queries.fetchParent(executor(), self(), key);
  }

  /**
   * The records that reference this one through {@code key}, fetched now. Generated navigation
   * methods ({@code album.fetchTracks()}) call this.
   *
   * @param key a foreign key of the child table that references this record's table
   * @return the referencing records
   * @throws DetachedException when this record is not attached
   */
  protected final <C extends Record> Result<C> fetchChildren(ForeignKey<C, R> key) {
    return Queries.fetchChildren(executor(), self(), key);
  }

  /**
   * The one record that references this one through {@code key}, a key that is unique in the child
   * table (one-to-one), or null. Generated one-to-one methods call this.
   *
   * @param key a unique foreign key of the child table that references this record's table
   * @return the referencing record, or null
   * @throws TooManyRowsException when more than one row references this one
   * @throws DetachedException when this record is not attached
   */
  protected final <C extends Record> @Nullable C fetchChild(ForeignKey<C, R> key) {
    Result<C> children = Queries.fetchChildren(executor(), self(), key);
    if (children.size() > 1) {
      throw Thrown.tooManyRows(
          "the rows of " + key.table().getName() + " referencing one row through " + key.name());
    }
    return children.isEmpty() ? null : children.get(0);
  }

  /**
   * The records of another table linked to this one through a join table: {@code toThis} is the
   * join table's key to this record's table, {@code toOther} its key to the other table. Generated
   * many-to-many methods ({@code playlist.fetchTracks()}) call this.
   *
   * @param toThis the join table's foreign key to this record's table
   * @param toOther the join table's foreign key to the other table
   * @return the linked records of the other table
   * @throws DetachedException when this record is not attached
   */
  protected final <J extends Record, O extends Record> Result<O> fetchThrough(
      ForeignKey<J, R> toThis, ForeignKey<J, O> toOther) {
    return Queries.fetchThrough(executor(), self(), toThis, toOther);
  }

  /**
   * Equal to any record with equal fields holding equal values, as records read by a plain query
   * are.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Record that
        && fields().equals(that.fields())
        && Arrays.deepEquals(intoArray(), that.intoArray());
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(intoArray());
  }

  @Override
  public String toString() {
    return intoMap().toString();
  }

  /**
   * Builds the exceptions of rarely taken paths apart from this class: the verifier loads the class
   * of an exception a method throws when it loads the method's class, and every generated record's
   * first row loads this one.
   */
  private static final class Thrown {
    private Thrown() {}

    static RuntimeException detached(String table) {
      return DetachedException.forRecord(table);
    }

    static RuntimeException tooManyRows(String what) {
      return new TooManyRowsException(what);
    }
  }
}
