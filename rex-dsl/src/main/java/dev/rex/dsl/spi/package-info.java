/**
 * Extension points of the query model: {@link dev.rex.dsl.spi.Dialect} (found with {@link
 * java.util.ServiceLoader}), the {@link dev.rex.dsl.spi.RenderContext} that query parts render
 * into, value {@link dev.rex.dsl.spi.Binding}s, and the {@link dev.rex.dsl.spi.QueryExecutor} that
 * a runtime supplies to execute attached queries.
 */
@NullMarked
package dev.rex.dsl.spi;

import org.jspecify.annotations.NullMarked;
