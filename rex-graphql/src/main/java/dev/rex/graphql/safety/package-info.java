/**
 * Limits against hostile GraphQL requests: query size, parser tokens, depth, field count, aliases,
 * root fields, introspection, and queries-only requests. {@link
 * dev.rex.graphql.safety.GraphQLLimits} is the configuration; {@link
 * dev.rex.graphql.safety.GraphQLSafety} installs it on a {@code graphql.GraphQL} builder. Every
 * refusal is a GraphQL error with {@code extensions.code} from {@link
 * dev.rex.graphql.safety.SafetyErrorCode}, returned before any data fetcher runs.
 */
@NullMarked
package dev.rex.graphql.safety;

import org.jspecify.annotations.NullMarked;
