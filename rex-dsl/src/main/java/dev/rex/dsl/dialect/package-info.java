/**
 * The dialects Rex ships in its core: {@link dev.rex.dsl.dialect.PostgresDialect} and {@link
 * dev.rex.dsl.dialect.SqliteDialect}, and the standard value bindings they share.
 */
@NullMarked
package dev.rex.dsl.dialect;

import org.jspecify.annotations.NullMarked;
