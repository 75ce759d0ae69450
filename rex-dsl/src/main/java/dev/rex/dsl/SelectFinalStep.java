package dev.rex.dsl;

/**
 * A SELECT to which no further clause can be added.
 *
 * @param <R> the record type of a row
 */
public interface SelectFinalStep<R extends Record> extends Select<R> {}
