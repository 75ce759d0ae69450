/**
 * Internal: the implementation of the query model, one small immutable class per syntax node, the
 * render context and the rendered-SQL cache.
 *
 * <p>Not API. Everything here is package-private except {@link dev.rex.dsl.impl.Queries}, the one
 * bridge for {@code DSL}, {@code dev.rex.dsl.gen}, rex-runtime and the code generator, which may
 * change in any release as well. Generated code extends {@code dev.rex.dsl.gen}; applications and
 * plugins use {@code dev.rex.dsl} and {@code dev.rex.dsl.spi}.
 */
@NullMarked
package dev.rex.dsl.impl;

import org.jspecify.annotations.NullMarked;
