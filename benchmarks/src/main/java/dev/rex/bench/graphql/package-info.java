/**
 * A runnable Rex GraphQL server on Chinook (PostgreSQL), measured side by side with PostGraphile by
 * {@code benchmarks/graphql/run.sh}. Not a test and not part of the JMH suite.
 */
@NullMarked
package dev.rex.bench.graphql;

import org.jspecify.annotations.NullMarked;
