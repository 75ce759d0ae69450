/**
 * Internal: the instrumentation that enforces {@link dev.rex.graphql.safety.GraphQLLimits}. Not an
 * API; it may change in any release. Use {@link dev.rex.graphql.safety.GraphQLSafety}.
 */
@NullMarked
package dev.rex.graphql.safety.internal;

import org.jspecify.annotations.NullMarked;
