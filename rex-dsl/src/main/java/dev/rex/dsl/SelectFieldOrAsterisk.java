package dev.rex.dsl;

/**
 * What an untyped SELECT list takes: a {@link SelectField}, or an asterisk ({@link DSL#asterisk()},
 * {@link Table#asterisk()}) that stands for several columns.
 */
public interface SelectFieldOrAsterisk extends QueryPart {}
