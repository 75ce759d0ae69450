package dev.rex.dsl;

/**
 * A table whose rows can be inserted, updated and deleted. Generated classes for base tables
 * implement it; views, materialized views, derived tables and CTEs do not, so {@code
 * insertInto(VIEW)}, {@code update(VIEW)} and {@code deleteFrom(VIEW)} do not compile.
 *
 * @param <R> the record type of a row
 */
public interface WritableTable<R extends Record> extends Table<R> {

  @Override
  default boolean isWritable() {
    return true;
  }
}
