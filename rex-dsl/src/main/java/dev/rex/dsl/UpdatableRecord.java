package dev.rex.dsl;

/**
 * A record of a base table, which can write itself back through the executor it is attached to.
 *
 * <p>Updates, deletes and refreshes find the row by the primary key values the record had when it
 * was last read or written, so changing a key column moves the row. {@link #insert()}, {@link
 * #update()} and {@link #store()} validate the record first and throw a {@code ValidationException}
 * before any SQL is sent.
 *
 * @param <R> the record type itself
 */
public interface UpdatableRecord<R extends UpdatableRecord<R>> extends TableRecord<R> {

  /**
   * Inserts this record: the changed columns, or {@code default values} when none changed. The
   * record then holds the row as stored, with generated keys and defaults.
   *
   * @return the number of inserted rows (1)
   * @throws dev.rex.dsl.exception.ValidationException when the record breaks a constraint or rule;
   *     nothing is sent then
   * @throws dev.rex.dsl.exception.DetachedException when the record is not attached
   */
  int insert();

  /**
   * Updates the changed columns of this record's row, found by primary key.
   *
   * @return the number of updated rows: 0 when nothing changed or the row is gone
   * @throws dev.rex.dsl.exception.ValidationException when the record breaks a constraint or rule;
   *     nothing is sent then
   */
  int update();

  /**
   * Inserts this record if it was not read from or written to the database yet, otherwise updates
   * it.
   *
   * @return the number of inserted or updated rows
   */
  int store();

  /**
   * Deletes this record's row, found by primary key. The record may be inserted again afterwards.
   *
   * @return the number of deleted rows
   */
  int delete();

  /** Reloads every column from the row with this record's primary key. */
  void refresh();
}
