package dev.rex.dsl;

/**
 * A complete UPDATE.
 *
 * @param <R> the record type of the table
 */
public interface Update<R extends Record> extends Query {}
