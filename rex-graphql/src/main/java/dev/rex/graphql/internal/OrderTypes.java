package dev.rex.graphql.internal;

import static graphql.schema.GraphQLInputObjectField.newInputObjectField;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code orderBy} inputs: {@code [AlbumOrderBy!]}, each element one or more sort keys in the
 * order written — a column with its direction, or a to-one relation's own {@code OrderBy} to sort
 * by the related row's columns.
 */
final class OrderTypes {

  private OrderTypes() {}

  static GraphQLEnumType direction() {
    return GraphQLEnumType.newEnum()
        .name(TypeNames.ORDER_DIRECTION)
        .description("A sort direction; nulls sort as the database sorts them unless named.")
        .value("ASC", "ASC", "Ascending.")
        .value("DESC", "DESC", "Descending.")
        .value("ASC_NULLS_FIRST", "ASC_NULLS_FIRST", "Ascending, nulls first.")
        .value("ASC_NULLS_LAST", "ASC_NULLS_LAST", "Ascending, nulls last.")
        .value("DESC_NULLS_FIRST", "DESC_NULLS_FIRST", "Descending, nulls first.")
        .value("DESC_NULLS_LAST", "DESC_NULLS_LAST", "Descending, nulls last.")
        .build();
  }

  static List<GraphQLInputObjectType> all(GraphModel model) {
    List<GraphQLInputObjectType> types = new ArrayList<>();
    for (Entity entity : model.entities()) {
      GraphQLInputObjectType.Builder builder =
          GraphQLInputObjectType.newInputObject()
              .name(TypeNames.orderBy(entity.typeName()))
              .description(
                  "Sort keys of "
                      + entity.typeName()
                      + ", applied in the order written; a relation sorts by the related row.");
      for (Attribute attribute : entity.attributes()) {
        if (attribute.comparable()) {
          builder.field(
              newInputObjectField()
                  .name(attribute.fieldName())
                  .type(GraphQLTypeReference.typeRef(TypeNames.ORDER_DIRECTION)));
        }
      }
      for (Relation relation : entity.relations()) {
        if (!relation.many()) {
          builder.field(
              newInputObjectField()
                  .name(relation.fieldName())
                  .type(GraphQLTypeReference.typeRef(TypeNames.orderBy(relation.target()))));
        }
      }
      types.add(builder.build());
    }
    return types;
  }
}
