package dev.rex.graphql.internal;

import dev.rex.Database;
import dev.rex.graphql.AccessRules;
import dev.rex.graphql.Principal;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/**
 * What one request's data fetchers share, kept in its {@link GraphQLContext}: the database to run
 * on (a transaction when the request has one), the principal and the access rules.
 */
public record RequestScope(Database database, Principal principal, AccessRules access) {

  /** Puts this scope into {@code context}. */
  public void into(GraphQLContext.Builder context) {
    context.of(RequestScope.class, this);
  }

  static RequestScope of(DataFetchingEnvironment env) {
    RequestScope scope = env.getGraphQlContext().get(RequestScope.class);
    if (scope == null) {
      throw new IllegalStateException("no RequestScope in the GraphQL context");
    }
    return scope;
  }
}
