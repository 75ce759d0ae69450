package dev.rex.graphql.internal;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;

import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Subscription} root and its types: per captured table a field {@code
 * albumChanged(where: AlbumFilter, after: String): AlbumChange!}, the change {@code AlbumChange}
 * (position, operation, the row after and before, when), and {@code AlbumRow}, the row's columns as
 * the change carries them. A change row has no relation fields: resolving them would cost a query
 * per event and subscriber, so a client that needs related rows queries them by the row's key.
 */
final class SubscriptionTypes {

  static final String OPERATION_ENUM = "ChangeOperation";
  static final String WHERE = "where";
  static final String AFTER = "after";
  static final String POSITION = "position";
  static final String OPERATION = "operation";
  static final String NODE = "node";
  static final String PREVIOUS = "previous";
  static final String CHANGED_AT = "changedAt";

  private SubscriptionTypes() {}

  /** {@code albumChanged}. */
  static String field(Entity entity) {
    String type = entity.typeName();
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "Changed";
  }

  /** {@code AlbumChange}. */
  static String change(Entity entity) {
    return entity.typeName() + "Change";
  }

  /** {@code AlbumRow}. */
  static String row(Entity entity) {
    return entity.typeName() + "Row";
  }

  static List<GraphQLNamedType> all(List<Entity> entities) {
    List<GraphQLNamedType> types = new ArrayList<>();
    types.add(operation());
    for (Entity entity : entities) {
      types.add(changeType(entity));
      types.add(rowType(entity));
    }
    return types;
  }

  static GraphQLObjectType subscription(List<Entity> entities) {
    GraphQLObjectType.Builder builder =
        GraphQLObjectType.newObject()
            .name("Subscription")
            .description("Changes, as they are committed.");
    for (Entity entity : entities) {
      builder.field(
          newFieldDefinition()
              .name(field(entity))
              .description(
                  "Each committed change to a "
                      + entity.typeName()
                      + " row whose new or old image matches where (and the row policy).")
              .type(GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(change(entity))))
              .argument(
                  newArgument()
                      .name(WHERE)
                      .description("Only changes of rows that match; the row's own fields only.")
                      .type(GraphQLTypeReference.typeRef(TypeNames.filter(entity.typeName()))))
              .argument(
                  newArgument()
                      .name(AFTER)
                      .description(
                          "Replay the changes after this position first (a change's position,"
                              + " or the resumeAfter of an ended subscription).")
                      .type(Scalars.GraphQLString)));
    }
    return builder.build();
  }

  private static GraphQLEnumType operation() {
    return GraphQLEnumType.newEnum()
        .name(OPERATION_ENUM)
        .description("What a change did.")
        .value("INSERT", "INSERT", "A row was inserted.")
        .value("UPDATE", "UPDATE", "A row was updated.")
        .value("DELETE", "DELETE", "A row was deleted.")
        .value("TRUNCATE", "TRUNCATE", "The table was emptied; reload what you show of it.")
        .build();
  }

  private static GraphQLObjectType changeType(Entity entity) {
    GraphQLTypeReference row = GraphQLTypeReference.typeRef(row(entity));
    return GraphQLObjectType.newObject()
        .name(change(entity))
        .description("A committed change to a row of the table " + entity.table().name() + ".")
        .field(
            newFieldDefinition()
                .name(POSITION)
                .description("Where the change is in the log; subscribe after it to resume.")
                .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)))
        .field(
            newFieldDefinition()
                .name(OPERATION)
                .description("What the change did.")
                .type(GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(OPERATION_ENUM))))
        .field(
            newFieldDefinition()
                .name(NODE)
                .description(
                    "The row after an insert or update; null for a delete or truncate, or when the"
                        + " row left what the principal may see.")
                .type(row))
        .field(
            newFieldDefinition()
                .name(PREVIOUS)
                .description(
                    "The row before an update or delete; null for an insert or truncate, or when"
                        + " the row was not visible to the principal before.")
                .type(row))
        .field(
            newFieldDefinition()
                .name(CHANGED_AT)
                .description("When the changing statement started.")
                .type(
                    GraphQLNonNull.nonNull(
                        GraphQLTypeReference.typeRef(
                            dev.rex.graphql.internal.Scalars.DATE_TIME.getName()))))
        .build();
  }

  private static GraphQLObjectType rowType(Entity entity) {
    GraphQLObjectType.Builder builder =
        GraphQLObjectType.newObject()
            .name(row(entity))
            .description(
                "The columns of a "
                    + entity.typeName()
                    + " row as a change carries them, without relations: query those by the key.");
    for (Attribute attribute : entity.attributes()) {
      builder.field(
          newFieldDefinition()
              .name(attribute.fieldName())
              .description("The column " + attribute.column().name() + ".")
              .type(ObjectTypes.attributeType(attribute)));
    }
    return builder.build();
  }
}
