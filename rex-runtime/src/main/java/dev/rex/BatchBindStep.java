package dev.rex;

import org.jspecify.annotations.Nullable;

/**
 * One statement run many times with different bind values, as one JDBC batch:
 *
 * <pre>{@code
 * db.batch(insertInto(ARTIST, ARTIST.NAME).values((String) null))
 *     .bind("Nina").bind("Miles").execute();
 * }</pre>
 *
 * <p>A batch is a builder that {@code bind} appends to; use it from one thread.
 */
public interface BatchBindStep {

  /** Adds one set of bind values, in the statement's placeholder order. */
  BatchBindStep bind(@Nullable Object... values);

  /** The number of sets added so far. */
  int size();

  /** Runs the batch; returns the row count of each set, as the driver reports it. */
  int[] execute();
}
