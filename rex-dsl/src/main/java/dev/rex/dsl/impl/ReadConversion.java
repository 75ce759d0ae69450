package dev.rex.dsl.impl;

import org.jspecify.annotations.Nullable;

/**
 * A select-list field whose value is read as one thing and handed to the caller as another (a
 * {@link Converted} field). {@link RowRecordType} applies it to each value it puts into a record.
 */
interface ReadConversion {

  /** The value the record holds, given the value the field's binding read. */
  @Nullable Object convertRead(@Nullable Object read);
}
