/**
 * The Rex code generator: applies Flyway migrations to a throwaway database, reads the schema with
 * jooq-meta and writes typed tables, records, keys and enums for the Rex DSL.
 *
 * <p>{@link dev.rex.codegen.CodeGenerator} is the entry point; it is a plain class that the Maven
 * goals in {@code dev.rex.codegen.maven} call and that tests call directly.
 */
@NullMarked
package dev.rex.codegen;

import org.jspecify.annotations.NullMarked;
