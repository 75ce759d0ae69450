/**
 * The Maven goals {@code rex:migrate}, {@code rex:generate}, {@code rex:graphql}, the other
 * migration goals, and the change capture goals {@code rex:realtime} and {@code rex:subscribe}.
 * Each mojo only reads its parameters and calls {@link dev.rex.codegen.Migrator}, {@link
 * dev.rex.codegen.CodeGenerator}, {@link dev.rex.codegen.RealtimeMigration} or {@link
 * dev.rex.codegen.ChangeTail}.
 */
@NullMarked
package dev.rex.codegen.maven;

import org.jspecify.annotations.NullMarked;
