/**
 * Internal: the Jetty handler, request reading, content negotiation and GraphiQL assets behind
 * {@link dev.rex.graphql.http.GraphQLServer}. Not an API; it may change in any release.
 */
@NullMarked
package dev.rex.graphql.http.internal;

import org.jspecify.annotations.NullMarked;
