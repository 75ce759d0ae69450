/**
 * Runnable examples on Chinook: {@link dev.rex.examples.MusicStore}, typed queries and writes on an
 * embedded SQLite file or on PostgreSQL, and {@link dev.rex.examples.GraphQLServerExample}, the
 * GraphQL API of the generated tables served with GraphiQL.
 */
@NullMarked
package dev.rex.examples;

import org.jspecify.annotations.NullMarked;
