package dev.rex.dsl;

/**
 * A complete DELETE.
 *
 * @param <R> the record type of the table
 */
public interface Delete<R extends Record> extends Query {}
