/**
 * Rex's GraphQL API: a schema derived from the generated table metadata, executed with one SQL
 * statement per root field.
 */
@NullMarked
package dev.rex.graphql;

import org.jspecify.annotations.NullMarked;
