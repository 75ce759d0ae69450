package dev.rex.graphql;

/**
 * Finds the principal of a request, typically from a header ({@code request.headers().get(
 * "authorization")}). Throwing refuses the request with an {@code UNAUTHENTICATED} error whose
 * message is the exception's; nothing runs.
 */
@FunctionalInterface
public interface PrincipalResolver {

  /** The principal of {@code request}; {@link Principal#anonymous()} when nobody signed it. */
  Principal resolve(GraphQLRequest request);
}
