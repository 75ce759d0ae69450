package dev.rex.graphql.safety;

/**
 * Limits that keep a hostile query from costing the server more than a small, known amount of work.
 * Immutable; start from {@link #defaults()} and change what you need with the {@code with…}
 * methods.
 *
 * <p>Depth counts nested fields: {@code { a }} has depth 1, {@code { a { b } }} depth 2. Field and
 * alias counts include the fields a fragment brings at each place it is spread.
 *
 * @param maxDepth the deepest nesting of fields allowed
 * @param maxFields the most fields one operation may select, fragments counted at each spread
 * @param maxAliases the most aliased fields one operation may have, fragments counted at each
 *     spread
 * @param maxRootFields the most fields the operation may select at its root
 * @param maxTokens the most grammar tokens the parser reads before it gives up
 * @param maxQueryCharacters the longest query text accepted, checked before parsing
 * @param introspectionEnabled whether {@code __schema} and {@code __type} may be queried
 */
public record GraphQLLimits(
    int maxDepth,
    int maxFields,
    int maxAliases,
    int maxRootFields,
    int maxTokens,
    int maxQueryCharacters,
    boolean introspectionEnabled) {

  /** Checks that every limit is positive. */
  public GraphQLLimits {
    requirePositive("maxDepth", maxDepth);
    requirePositive("maxFields", maxFields);
    requirePositive("maxAliases", maxAliases);
    requirePositive("maxRootFields", maxRootFields);
    requirePositive("maxTokens", maxTokens);
    requirePositive("maxQueryCharacters", maxQueryCharacters);
  }

  /**
   * Depth 15, 5,000 fields, 200 aliases, 100 root fields, 15,000 tokens, 100,000 characters,
   * introspection on.
   */
  public static GraphQLLimits defaults() {
    return new GraphQLLimits(15, 5_000, 200, 100, 15_000, 100_000, true);
  }

  /** These limits with {@code maxDepth} instead. */
  public GraphQLLimits withMaxDepth(int maxDepth) {
    return new GraphQLLimits(
        maxDepth,
        maxFields,
        maxAliases,
        maxRootFields,
        maxTokens,
        maxQueryCharacters,
        introspectionEnabled);
  }

  /** These limits with {@code maxFields} instead. */
  public GraphQLLimits withMaxFields(int maxFields) {
    return new GraphQLLimits(
        maxDepth,
        maxFields,
        maxAliases,
        maxRootFields,
        maxTokens,
        maxQueryCharacters,
        introspectionEnabled);
  }

  /** These limits with {@code maxAliases} instead. */
  public GraphQLLimits withMaxAliases(int maxAliases) {
    return new GraphQLLimits(
        maxDepth,
        maxFields,
        maxAliases,
        maxRootFields,
        maxTokens,
        maxQueryCharacters,
        introspectionEnabled);
  }

  /** These limits with {@code maxRootFields} instead. */
  public GraphQLLimits withMaxRootFields(int maxRootFields) {
    return new GraphQLLimits(
        maxDepth,
        maxFields,
        maxAliases,
        maxRootFields,
        maxTokens,
        maxQueryCharacters,
        introspectionEnabled);
  }

  /** These limits with {@code maxTokens} instead. */
  public GraphQLLimits withMaxTokens(int maxTokens) {
    return new GraphQLLimits(
        maxDepth,
        maxFields,
        maxAliases,
        maxRootFields,
        maxTokens,
        maxQueryCharacters,
        introspectionEnabled);
  }

  /** These limits with {@code maxQueryCharacters} instead. */
  public GraphQLLimits withMaxQueryCharacters(int maxQueryCharacters) {
    return new GraphQLLimits(
        maxDepth,
        maxFields,
        maxAliases,
        maxRootFields,
        maxTokens,
        maxQueryCharacters,
        introspectionEnabled);
  }

  /** These limits with introspection on or off. */
  public GraphQLLimits withIntrospectionEnabled(boolean introspectionEnabled) {
    return new GraphQLLimits(
        maxDepth,
        maxFields,
        maxAliases,
        maxRootFields,
        maxTokens,
        maxQueryCharacters,
        introspectionEnabled);
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
