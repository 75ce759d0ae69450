/**
 * Internal: how rex-graphql derives the schema, compiles selections to SQL and runs them. Nothing
 * here is API; it may change in any release.
 */
@NullMarked
package dev.rex.graphql.internal;

import org.jspecify.annotations.NullMarked;
