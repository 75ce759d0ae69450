package dev.rex.dsl;

/**
 * A complete INSERT.
 *
 * @param <R> the record type of the table
 */
public interface Insert<R extends Record> extends Query {}
