package dev.rex.dsl;

/**
 * Anything that may appear in ORDER BY: a field (ascending) or a {@link SortField}.
 *
 * @param <T> the Java type of the sorted value
 */
public interface OrderField<T> extends QueryPart {}
