package dev.rex.dsl;

/**
 * {@code *} in a SELECT list: every column of the query's FROM and JOIN tables, made by {@link
 * DSL#asterisk()}. Rex selects those columns by name, in table order, so the rows read into the
 * tables' fields.
 */
public interface Asterisk extends SelectFieldOrAsterisk {}
