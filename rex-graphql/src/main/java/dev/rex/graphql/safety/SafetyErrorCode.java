package dev.rex.graphql.safety;

/**
 * The {@code extensions.code} of each error by which a safety limit refuses a request. The codes
 * are part of the API: clients and transports may match on them (the HTTP server answers {@link
 * #OPERATION_NOT_ALLOWED} with 405).
 */
public enum SafetyErrorCode {
  /**
   * The query text is longer than {@link GraphQLLimits#maxQueryCharacters()}, or has more tokens
   * than {@link GraphQLLimits#maxTokens()}.
   */
  QUERY_TOO_LARGE,
  /**
   * Fields nest deeper than {@link GraphQLLimits#maxDepth()} (or the document nests deeper than the
   * parser's own limit).
   */
  QUERY_TOO_DEEP,
  /** The operation selects more fields than {@link GraphQLLimits#maxFields()}. */
  QUERY_TOO_COMPLEX,
  /** The operation uses more aliases than {@link GraphQLLimits#maxAliases()}. */
  TOO_MANY_ALIASES,
  /** The operation selects more root fields than {@link GraphQLLimits#maxRootFields()}. */
  TOO_MANY_ROOT_FIELDS,
  /** The request asks for {@code __schema} or {@code __type} while introspection is off. */
  INTROSPECTION_DISABLED,
  /** A mutation or subscription in a request that may run only queries (HTTP GET). */
  OPERATION_NOT_ALLOWED;

  /** The code as it appears in {@code extensions.code}: the constant's name. */
  public String code() {
    return name();
  }
}
