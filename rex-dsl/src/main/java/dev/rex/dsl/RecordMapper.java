package dev.rex.dsl;

/**
 * Turns a record into a value of another type. {@link Records#mapping} builds type-checked mappers
 * from constructors: {@code fetch(Records.mapping(AlbumView::new))}.
 *
 * @param <R> the record type
 * @param <E> the mapped type
 */
@FunctionalInterface
public interface RecordMapper<R extends Record, E> {

  /** Maps one record. */
  E map(R record);
}
