/**
 * The implementation of the query model: one small immutable class per syntax node, the render
 * context, the rendered-SQL cache and the base classes that generated code extends ({@link
 * dev.rex.dsl.impl.TableImpl}, {@link dev.rex.dsl.impl.TableRecordImpl}).
 *
 * <p>Only the generated-code base classes and {@link dev.rex.dsl.impl.Queries} are public; the rest
 * is package-private and may change without notice.
 */
@NullMarked
package dev.rex.dsl.impl;

import org.jspecify.annotations.NullMarked;
