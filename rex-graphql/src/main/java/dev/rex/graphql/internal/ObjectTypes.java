package dev.rex.graphql.internal;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
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
 * The object type of each entity, the enums of its columns, and the {@code Query} root: a list
 * field with {@code where / orderBy / limit / offset} and a field by primary key per entity.
 */
final class ObjectTypes {

  static final String WHERE = "where";
  static final String ORDER_BY = "orderBy";
  static final String LIMIT = "limit";
  static final String OFFSET = "offset";

  private ObjectTypes() {}

  static List<GraphQLEnumType> enums(GraphModel model) {
    List<GraphQLEnumType> types = new ArrayList<>();
    for (EnumModel enumModel : model.enums().values()) {
      GraphQLEnumType.Builder builder =
          GraphQLEnumType.newEnum()
              .name(enumModel.typeName())
              .description("The database enum " + enumModel.typeName() + ".");
      enumModel
          .labels()
          .forEach((value, label) -> builder.value(value, label, "The label \"" + label + "\"."));
      types.add(builder.build());
    }
    return types;
  }

  static List<GraphQLObjectType> all(GraphModel model) {
    List<GraphQLObjectType> types = new ArrayList<>();
    for (Entity entity : model.entities()) {
      GraphQLObjectType.Builder builder =
          GraphQLObjectType.newObject()
              .name(entity.typeName())
              .description(
                  (entity.writable() ? "A row of the table " : "A row of the view ")
                      + entity.table().name()
                      + ".");
      for (Attribute attribute : entity.attributes()) {
        builder.field(
            newFieldDefinition()
                .name(attribute.fieldName())
                .description("The column " + attribute.column().name() + ".")
                .type(attributeType(attribute)));
      }
      for (Relation relation : entity.relations()) {
        builder.field(relationField(relation));
        addIfPresent(builder, ConnectionTypes.relationField(model, relation));
        addIfPresent(builder, AggregateTypes.relationField(relation));
      }
      types.add(builder.build());
    }
    return types;
  }

  private static void addIfPresent(
      GraphQLObjectType.Builder builder, @Nullable GraphQLFieldDefinition field) {
    if (field != null) {
      builder.field(field);
    }
  }

  static GraphQLOutputType attributeType(Attribute attribute) {
    GraphQLOutputType scalar = GraphQLTypeReference.typeRef(attribute.scalar());
    GraphQLOutputType type =
        attribute.list() ? GraphQLList.list(scalar) : scalar; // array elements may be null
    return attribute.column().nullable() ? type : GraphQLNonNull.nonNull(type);
  }

  private static GraphQLFieldDefinition relationField(Relation relation) {
    GraphQLTypeReference target = GraphQLTypeReference.typeRef(relation.target());
    if (!relation.many()) {
      return newFieldDefinition()
          .name(relation.fieldName())
          .description("The related " + relation.target() + " row.")
          .type(relation.nullable() ? target : GraphQLNonNull.nonNull(target))
          .build();
    }
    return newFieldDefinition()
        .name(relation.fieldName())
        .description("The related " + relation.target() + " rows.")
        .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(target))))
        .arguments(listArguments(relation.target()))
        .build();
  }

  static List<GraphQLArgument> listArguments(String typeName) {
    return List.of(
        newArgument()
            .name(WHERE)
            .description("Only the rows that match.")
            .type(GraphQLTypeReference.typeRef(TypeNames.filter(typeName)))
            .build(),
        newArgument()
            .name(ORDER_BY)
            .description("Sort keys, applied in order.")
            .type(
                GraphQLList.list(
                    GraphQLNonNull.nonNull(
                        GraphQLTypeReference.typeRef(TypeNames.orderBy(typeName)))))
            .build(),
        newArgument()
            .name(LIMIT)
            .description("At most this many rows.")
            .type(Scalars.GraphQLInt)
            .build(),
        newArgument()
            .name(OFFSET)
            .description("Skip this many rows first.")
            .type(Scalars.GraphQLInt)
            .build());
  }

  static GraphQLObjectType query(GraphModel model) {
    GraphQLObjectType.Builder builder =
        GraphQLObjectType.newObject().name("Query").description("Reads.");
    for (Entity entity : model.entities()) {
      GraphQLTypeReference type = GraphQLTypeReference.typeRef(entity.typeName());
      builder.field(
          newFieldDefinition()
              .name(entity.listField())
              .description(entity.typeName() + " rows.")
              .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(type))))
              .arguments(listArguments(entity.typeName())));
      if (ConnectionTypes.hasConnection(entity)) {
        builder.field(ConnectionTypes.rootField(entity));
      }
      builder.field(AggregateTypes.rootField(entity));
      List<Attribute> key = entity.keyAttributes();
      String single = entity.singleField();
      if (single != null && !key.isEmpty()) {
        GraphQLFieldDefinition.Builder field =
            newFieldDefinition()
                .name(single)
                .description("The " + entity.typeName() + " with this primary key, or null.")
                .type(type);
        for (Attribute attribute : key) {
          field.argument(
              newArgument()
                  .name(attribute.fieldName())
                  .type(GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(attribute.scalar()))));
        }
        builder.field(field);
      }
    }
    return builder.build();
  }
}
