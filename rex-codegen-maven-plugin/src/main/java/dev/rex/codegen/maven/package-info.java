/**
 * The Maven goals {@code rex:migrate}, {@code rex:generate}, {@code rex:graphql} and the other
 * migration goals. Each mojo only reads its parameters and calls {@link dev.rex.codegen.Migrator}
 * or {@link dev.rex.codegen.CodeGenerator}.
 */
@NullMarked
package dev.rex.codegen.maven;

import org.jspecify.annotations.NullMarked;
