package dev.rex.graphql.model;

import dev.rex.graphql.internal.SchemaAssembly;

/**
 * The GraphQL schema of a description, as SDL: what {@code rex:generate} writes to {@code
 * schema.graphqls}, and what {@code RexGraphQL.sdl()} prints at run time for the same tables.
 */
public final class GraphQLSdl {

  private GraphQLSdl() {}

  /**
   * The SDL of {@code schema} named with {@code overrides}.
   *
   * @throws IllegalArgumentException if the names cannot be made unique; the message says which
   *     override would help
   */
  public static String of(SchemaDescription schema, NamingOverrides overrides) {
    return SchemaAssembly.sdl(schema, overrides);
  }
}
