package dev.rex.graphql.internal;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Relay connection types: {@code PageInfo}, and per entity with a primary key {@code
 * AlbumConnection { edges, nodes, pageInfo, totalCount }} and {@code AlbumEdge { cursor, node }};
 * with the connection fields that return them — {@code albumsConnection} on {@code Query} and on
 * every to-many relation. An entity without a visible primary key has no connection: its rows have
 * no stable position for a cursor to name.
 */
final class ConnectionTypes {

  static final String PAGE_INFO = "PageInfo";
  static final String FIRST = "first";
  static final String AFTER = "after";
  static final String LAST = "last";
  static final String BEFORE = "before";
  static final String EDGES = "edges";
  static final String NODES = "nodes";
  static final String NODE = "node";
  static final String CURSOR = "cursor";
  static final String PAGE_INFO_FIELD = "pageInfo";
  static final String TOTAL_COUNT = "totalCount";
  static final String HAS_NEXT_PAGE = "hasNextPage";
  static final String HAS_PREVIOUS_PAGE = "hasPreviousPage";
  static final String START_CURSOR = "startCursor";
  static final String END_CURSOR = "endCursor";

  private ConnectionTypes() {}

  static String connection(String typeName) {
    return typeName + "Connection";
  }

  static String edge(String typeName) {
    return typeName + "Edge";
  }

  static boolean hasConnection(Entity entity) {
    return !entity.keyAttributes().isEmpty();
  }

  /** {@code PageInfo} and the connection and edge type of every entity with a key. */
  static List<GraphQLObjectType> all(GraphModel model) {
    List<GraphQLObjectType> types = new ArrayList<>();
    types.add(pageInfo());
    for (Entity entity : model.entities()) {
      if (hasConnection(entity)) {
        types.add(connectionType(entity.typeName()));
        types.add(edgeType(entity.typeName()));
      }
    }
    return types;
  }

  private static GraphQLObjectType pageInfo() {
    GraphQLOutputType flag = GraphQLNonNull.nonNull(Scalars.GraphQLBoolean);
    return GraphQLObjectType.newObject()
        .name(PAGE_INFO)
        .description("Where a page of a connection lies.")
        .field(field(HAS_NEXT_PAGE, flag, "Rows follow this page."))
        .field(field(HAS_PREVIOUS_PAGE, flag, "Rows precede this page."))
        .field(field(START_CURSOR, Scalars.GraphQLString, "The first edge's cursor, or null."))
        .field(field(END_CURSOR, Scalars.GraphQLString, "The last edge's cursor, or null."))
        .build();
  }

  private static GraphQLObjectType connectionType(String typeName) {
    GraphQLOutputType node = GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(typeName));
    GraphQLOutputType edge = GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(edge(typeName)));
    return GraphQLObjectType.newObject()
        .name(connection(typeName))
        .description("A page of " + typeName + " rows, Relay-style.")
        .field(field(EDGES, GraphQLNonNull.nonNull(GraphQLList.list(edge)), "The page's rows."))
        .field(
            field(
                NODES, GraphQLNonNull.nonNull(GraphQLList.list(node)), "The rows, without edges."))
        .field(
            field(
                PAGE_INFO_FIELD,
                GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(PAGE_INFO)),
                "Where the page lies."))
        .field(
            field(
                TOTAL_COUNT,
                GraphQLNonNull.nonNull(Scalars.GraphQLInt),
                "How many rows match the filter, on all pages."))
        .build();
  }

  private static GraphQLObjectType edgeType(String typeName) {
    return GraphQLObjectType.newObject()
        .name(edge(typeName))
        .description("A " + typeName + " row and its position.")
        .field(
            field(
                CURSOR,
                GraphQLNonNull.nonNull(Scalars.GraphQLString),
                "The row's position: pass it as after or before."))
        .field(
            field(NODE, GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(typeName)), "The row."))
        .build();
  }

  /** {@code albumsConnection} on {@code Query}. */
  static GraphQLFieldDefinition rootField(Entity entity) {
    return newFieldDefinition()
        .name(entity.connectionField())
        .description(entity.typeName() + " rows, a page at a time.")
        .type(GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(connection(entity.typeName()))))
        .arguments(arguments(entity.typeName()))
        .build();
  }

  /** The connection field of a to-many {@code relation}, or null when it has none. */
  static @Nullable GraphQLFieldDefinition relationField(GraphModel model, Relation relation) {
    Entity target = model.entity(relation.target());
    if (!relation.many() || target == null || !hasConnection(target)) {
      return null;
    }
    return newFieldDefinition()
        .name(fieldName(relation))
        .description("The related " + relation.target() + " rows, a page at a time.")
        .type(GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(connection(relation.target()))))
        .arguments(arguments(relation.target()))
        .build();
  }

  static String fieldName(Relation relation) {
    return relation.fieldName() + "Connection";
  }

  private static List<GraphQLArgument> arguments(String typeName) {
    List<GraphQLArgument> arguments = new ArrayList<>(ObjectTypes.listArguments(typeName));
    arguments.removeIf(
        a -> a.getName().equals(ObjectTypes.LIMIT) || a.getName().equals(ObjectTypes.OFFSET));
    arguments.add(argument(FIRST, Scalars.GraphQLInt, "The first this many rows (after after)."));
    arguments.add(argument(AFTER, Scalars.GraphQLString, "Only rows after this cursor."));
    arguments.add(argument(LAST, Scalars.GraphQLInt, "The last this many rows (before before)."));
    arguments.add(argument(BEFORE, Scalars.GraphQLString, "Only rows before this cursor."));
    return arguments;
  }

  private static GraphQLArgument argument(
      String name, graphql.schema.GraphQLInputType type, String description) {
    return newArgument().name(name).type(type).description(description).build();
  }

  private static GraphQLFieldDefinition field(
      String name, GraphQLOutputType type, String description) {
    return newFieldDefinition().name(name).type(type).description(description).build();
  }
}
