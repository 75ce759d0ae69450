package dev.rex.dsl;

/**
 * A named query in a WITH clause: {@code name (columns…) as (select …)}. Use it as a table in the
 * SELECT that follows, and read its columns with {@link Table#field(Field)} or {@link
 * Table#field(String)}.
 *
 * @param <R> the record type of the query
 */
public interface CommonTableExpression<R extends Record> extends Table<R> {}
