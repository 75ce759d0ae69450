/**
 * A plain description of a database schema — tables, columns, keys — from which the GraphQL schema
 * is derived, and the naming overrides that apply to it. The runtime describes the generated tables
 * with it; the code generator describes the database it read, so both derive the same schema.
 */
@NullMarked
package dev.rex.graphql.model;

import org.jspecify.annotations.NullMarked;
