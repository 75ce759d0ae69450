/**
 * The generator's PostgreSQL and SQLite support: the {@link dev.rex.codegen.TargetDialect}s this
 * plugin ships, listed in {@code META-INF/services/dev.rex.codegen.TargetDialect}. Other databases
 * come from their own artifacts in the same way.
 */
@NullMarked
package dev.rex.codegen.dialect;

import org.jspecify.annotations.NullMarked;
