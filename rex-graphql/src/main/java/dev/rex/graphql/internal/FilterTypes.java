package dev.rex.graphql.internal;

import static graphql.schema.GraphQLInputObjectField.newInputObjectField;

import graphql.Scalars;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code where} inputs: per scalar a comparison input ({@code IntFilter}: eq, neq, gt, gte, lt,
 * lte, in, nin, isNull; strings add like and ilike), per entity a row filter ({@code AlbumFilter}:
 * its columns, its to-one relations as nested filters, its to-many relations as {@code some / none
 * / every}, and {@code and / or / not}).
 */
final class FilterTypes {

  static final String EQ = "eq";
  static final String NEQ = "neq";
  static final String GT = "gt";
  static final String GTE = "gte";
  static final String LT = "lt";
  static final String LTE = "lte";
  static final String IN = "in";
  static final String NIN = "nin";
  static final String IS_NULL = "isNull";
  static final String LIKE = "like";
  static final String ILIKE = "ilike";
  static final String AND = "and";
  static final String OR = "or";
  static final String NOT = "not";
  static final String SOME = "some";
  static final String NONE = "none";
  static final String EVERY = "every";

  private FilterTypes() {}

  /** Every input type for filtering {@code model}. */
  static List<GraphQLInputObjectType> all(GraphModel model) {
    List<GraphQLInputObjectType> types = new ArrayList<>();
    for (String scalar : scalars(model)) {
      types.add(scalarFilter(scalar, model.enums().containsKey(scalar)));
    }
    for (Entity entity : model.entities()) {
      types.add(rowFilter(entity));
      types.add(manyFilter(entity));
    }
    return types;
  }

  static GraphQLInputObjectType scalarFilter(String scalar, boolean isEnum) {
    GraphQLInputType type = GraphQLTypeReference.typeRef(scalar);
    GraphQLInputType list = GraphQLList.list(GraphQLNonNull.nonNull(type));
    GraphQLInputObjectType.Builder builder =
        GraphQLInputObjectType.newInputObject()
            .name(TypeNames.scalarFilter(scalar))
            .description("Conditions on a " + scalar + " value; all that are given must hold.")
            .field(field(EQ, type, "Equal to."))
            .field(field(NEQ, type, "Not equal to (null never matches)."))
            .field(field(IN, list, "One of these."))
            .field(field(NIN, list, "None of these."))
            .field(field(IS_NULL, Scalars.GraphQLBoolean, "Null (true) or not null (false)."));
    if (!isEnum && !scalar.equals("Boolean")) {
      builder
          .field(field(GT, type, "Greater than."))
          .field(field(GTE, type, "Greater than or equal to."))
          .field(field(LT, type, "Less than."))
          .field(field(LTE, type, "Less than or equal to."));
    }
    if (scalar.equals("String")) {
      builder
          .field(field(LIKE, Scalars.GraphQLString, "SQL LIKE: % any text, _ one character."))
          .field(field(ILIKE, Scalars.GraphQLString, "LIKE, ignoring case."));
    }
    return builder.build();
  }

  /** The scalars whose comparison inputs {@link #all} makes: those of the non-list columns. */
  static Set<String> scalars(GraphModel model) {
    Set<String> scalars = new LinkedHashSet<>();
    for (Entity entity : model.entities()) {
      for (Attribute attribute : entity.attributes()) {
        if (attribute.comparable()) {
          scalars.add(attribute.scalar());
        }
      }
    }
    return scalars;
  }

  private static GraphQLInputObjectType rowFilter(Entity entity) {
    GraphQLTypeReference self = GraphQLTypeReference.typeRef(TypeNames.filter(entity.typeName()));
    GraphQLInputObjectType.Builder builder =
        GraphQLInputObjectType.newInputObject()
            .name(TypeNames.filter(entity.typeName()))
            .description(
                "Conditions on "
                    + entity.typeName()
                    + " rows; all that are given must hold (combine with and / or / not).");
    for (Attribute attribute : entity.attributes()) {
      if (attribute.comparable()) {
        builder.field(
            field(
                attribute.fieldName(),
                GraphQLTypeReference.typeRef(TypeNames.scalarFilter(attribute.scalar())),
                null));
      }
    }
    for (Relation relation : entity.relations()) {
      String target =
          relation.many()
              ? TypeNames.manyFilter(relation.target())
              : TypeNames.filter(relation.target());
      builder.field(field(relation.fieldName(), GraphQLTypeReference.typeRef(target), null));
    }
    return builder
        .field(field(AND, GraphQLList.list(GraphQLNonNull.nonNull(self)), "Every one holds."))
        .field(field(OR, GraphQLList.list(GraphQLNonNull.nonNull(self)), "At least one holds."))
        .field(field(NOT, self, "Does not hold."))
        .build();
  }

  private static GraphQLInputObjectType manyFilter(Entity entity) {
    GraphQLTypeReference row = GraphQLTypeReference.typeRef(TypeNames.filter(entity.typeName()));
    return GraphQLInputObjectType.newInputObject()
        .name(TypeNames.manyFilter(entity.typeName()))
        .description("Conditions on the related " + entity.typeName() + " rows.")
        .field(field(SOME, row, "At least one related row matches."))
        .field(field(NONE, row, "No related row matches."))
        .field(field(EVERY, row, "Every related row matches (true when there are none)."))
        .build();
  }

  private static graphql.schema.GraphQLInputObjectField field(
      String name, GraphQLInputType type, @org.jspecify.annotations.Nullable String description) {
    return newInputObjectField().name(name).type(type).description(description).build();
  }
}
