/**
 * The public query model of Rex: tables, typed fields, conditions, typed rows and the fluent SELECT
 * / INSERT / UPDATE / DELETE step interfaces.
 *
 * <p>Every step returns a new immutable value, so a query can be shared between threads and its
 * rendered SQL can be cached by shape. Start from {@link dev.rex.dsl.DSL} for detached queries or
 * from a {@link dev.rex.dsl.DSLContext} (such as {@code dev.rex.Rex}) for queries that execute.
 */
@NullMarked
package dev.rex.dsl;

import org.jspecify.annotations.NullMarked;
