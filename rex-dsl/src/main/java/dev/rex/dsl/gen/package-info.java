/**
 * The base classes that generated code extends: {@link dev.rex.dsl.gen.AbstractTable} for tables
 * and views, {@link dev.rex.dsl.gen.AbstractTableRecord} for records of views and {@link
 * dev.rex.dsl.gen.AbstractUpdatableRecord} for records of base tables.
 *
 * <p>This package is for generated code; its members are a contract with generated sources. Its
 * public and protected members change only together with the code generator, and a change to them
 * is a change of Rex's public API. Application code should hold tables as {@link dev.rex.dsl.Table}
 * or {@link dev.rex.dsl.WritableTable} and records as their generated type, {@link
 * dev.rex.dsl.TableRecord} or {@link dev.rex.dsl.UpdatableRecord}.
 */
@NullMarked
package dev.rex.dsl.gen;

import org.jspecify.annotations.NullMarked;
