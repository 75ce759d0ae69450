/**
 * {@code rex:new}'s table scaffolding: column specifications such as {@code "name:text, age:int?"}
 * parsed into a {@link dev.rex.codegen.scaffold.TableSpec}, and written as a {@code CREATE TABLE}
 * migration and its {@code DROP TABLE} undo script in a dialect's SQL ({@link
 * dev.rex.codegen.scaffold.TableDdl}).
 */
@NullMarked
package dev.rex.codegen.scaffold;

import org.jspecify.annotations.NullMarked;
