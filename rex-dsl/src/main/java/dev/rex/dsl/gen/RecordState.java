package dev.rex.dsl.gen;

import org.jspecify.annotations.Nullable;

/**
 * What a record keeps besides its values: whether it is stored, which columns were set since, the
 * values it had before the first of those, and (for a record that keeps its values in an array) the
 * values. A record read and left alone shares {@link #STORED}, so that a fetched row costs its
 * fields and no more; its first change gives it a state of its own.
 */
final class RecordState {

  /** The state of every stored record nothing was set on: shared, and therefore never changed. */
  static final RecordState STORED = new RecordState(true);

  /** Whether the record was read from or written to the database (and not deleted since). */
  boolean stored;

  /**
   * The values of a record that keeps them in an array: a subclass that overrides none of the
   * storage methods (code generated before records had fields, or written by hand). Null until the
   * first value is put.
   */
  @Nullable Object @Nullable [] values;

  /** Which columns were set since the record was read or stored; null while none was. */
  boolean @Nullable [] changed;

  /**
   * The values the record had when it was last read or stored, taken at the first change after
   * that; null while there was none (the current values are then the stored ones) and on a new
   * record. A record that is only read never makes this copy.
   */
  @Nullable Object @Nullable [] original;

  RecordState(boolean stored) {
    this.stored = stored;
  }

  /** {@code state}, or a state of its own to change when that is the shared one or none. */
  static RecordState own(@Nullable RecordState state) {
    if (state == null) {
      return new RecordState(false);
    }
    return state == STORED ? new RecordState(true) : state;
  }

  static boolean stored(@Nullable RecordState state) {
    return state != null && state.stored;
  }

  /** The state of a record just read or written: it keeps only an array record's values. */
  static RecordState storedNow(@Nullable RecordState state) {
    if (state == null || state == STORED || state.values == null) {
      return STORED;
    }
    state.stored = true;
    state.changed = null;
    state.original = null;
    return state;
  }

  /** The state of a record just deleted: not stored, with its values and what was set on it. */
  static @Nullable RecordState deleted(@Nullable RecordState state) {
    if (state == null || state == STORED) {
      return null;
    }
    state.stored = false;
    state.original = null;
    return state;
  }
}
