package dev.rex.graphql.internal;

import java.util.Map;

/**
 * A database enum as a GraphQL enum: GraphQL value names ({@code NC_17}) for the database's labels
 * ({@code NC-17}).
 *
 * @param typeName the GraphQL enum's name
 * @param labels the database label of each GraphQL value name, in declaration order
 */
record EnumModel(String typeName, Map<String, String> labels) {}
