package dev.rex.dsl;

import dev.rex.dsl.spi.QueryExecutor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of one table, as a generated record: it knows its table, which columns were set since it
 * was created or last read or written, and how it breaks its table's constraints.
 *
 * <p>A record fetched through a {@code Rex} instance (or a transaction), or created with {@code
 * db.newRecord(TABLE)}, is attached to it; navigation and, for {@link UpdatableRecord}s, writes run
 * on that attachment. Records of views are {@code TableRecord}s only: they cannot be written.
 *
 * <p>Generated records implement this interface through {@code dev.rex.dsl.gen}; application code
 * holds them as their generated type or as {@code TableRecord<?>}.
 *
 * @param <R> the record type itself, so that setters return it
 */
public interface TableRecord<R extends TableRecord<R>> extends Record {

  /** The table this record belongs to. */
  Table<R> table();

  /**
   * Sets the value of {@code field} and marks it changed.
   *
   * @return this record
   * @throws IllegalArgumentException when {@code field} is not a column of this record's table
   */
  <T> R set(Field<T> field, @Nullable T value);

  /** Whether {@code field} was set since the record was created or last read or written. */
  boolean changed(Field<?> field);

  /** Whether any field was set since the record was created or last read or written. */
  boolean changed();

  /**
   * Attaches this record to an executor, such as a {@code Rex} instance or a transaction, or
   * detaches it with {@code null}.
   *
   * @return this record
   */
  R attach(@Nullable QueryExecutor executor);

  /**
   * Every way this record breaks the constraints its table declares (not null, length, precision,
   * enum values, understood checks) or the rules registered with the executor it is attached to.
   *
   * @return the violations, in column order then rule order; empty when the record may be written
   */
  List<Violation> validate();
}
