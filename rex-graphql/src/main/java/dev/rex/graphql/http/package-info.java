/**
 * GraphQL over HTTP on Jetty 12: {@link dev.rex.graphql.http.GraphQLServer} serves any {@link
 * dev.rex.graphql.GraphQLExecutor} at one path, following the GraphQL-over-HTTP specification draft
 * (GET and POST, {@code application/graphql-response+json} and legacy {@code application/json}),
 * with an optional GraphiQL page served from the jar.
 */
@NullMarked
package dev.rex.graphql.http;

import org.jspecify.annotations.NullMarked;
