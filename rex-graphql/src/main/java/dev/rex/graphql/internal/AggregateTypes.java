package dev.rex.graphql.internal;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLInputObjectField.newInputObjectField;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The aggregate types: per entity, {@code albumsAggregate(where, groupBy, having, orderBy, limit,
 * offset): [AlbumAggregateGroup!]!} on {@code Query} and on every to-many relation, one group per
 * distinct value of the {@code groupBy} columns (one group in all without them).
 *
 * <p>A group ({@code AlbumAggregateGroup}) has {@code keys} (the grouped columns' values), {@code
 * count}, and {@code sum / avg} of the numeric columns and {@code min / max} of the orderable ones
 * (numbers, strings, dates and times). Types: the DSL reads every sum as an exact {@code
 * BigDecimal}; {@code sum} of an {@code Int} column is shown as a {@code BigInt} (a sum can outgrow
 * 32 bits, not 64), of a {@code BigInt} or {@code Decimal} as a {@code Decimal} (a sum of 64-bit
 * values can outgrow 64 bits), of a {@code Float} as a {@code Float}; {@code avg} is always a
 * {@code Float}; {@code min / max} have the column's own type. {@code having} ({@code
 * AlbumAggregateFilter}) compares those values with the scalar filters' operators and combines with
 * {@code and / or / not}; {@code orderBy} ({@code AlbumAggregateOrderBy}) sorts groups by keys or
 * aggregates.
 */
final class AggregateTypes {

  static final String GROUP_BY = "groupBy";
  static final String HAVING = "having";
  static final String KEYS = "keys";
  static final String COUNT = "count";
  static final String SUM = "sum";
  static final String AVG = "avg";
  static final String MIN = "min";
  static final String MAX = "max";

  private static final Set<String> NUMERIC = Set.of("Int", "BigInt", "Decimal", "Float");
  private static final Set<String> ORDERABLE =
      Set.of(
          "Int", "BigInt", "Decimal", "Float", "String", "Date", "Time", "Timestamp", "DateTime");

  private AggregateTypes() {}

  /** The columns a group can be keyed by: all but arrays. */
  static List<Attribute> groupable(Entity entity) {
    return entity.attributes().stream().filter(Attribute::comparable).toList();
  }

  /** The columns {@code sum} and {@code avg} read. */
  static List<Attribute> numeric(Entity entity) {
    return groupable(entity).stream().filter(a -> NUMERIC.contains(a.scalar())).toList();
  }

  /** The columns {@code min} and {@code max} read: enums, booleans and UUIDs sort differently. */
  static List<Attribute> orderable(Entity entity) {
    return groupable(entity).stream().filter(a -> ORDERABLE.contains(a.scalar())).toList();
  }

  /** The columns {@code function} reads. */
  static List<Attribute> columns(Entity entity, String function) {
    return switch (function) {
      case SUM, AVG -> numeric(entity);
      case MIN, MAX -> orderable(entity);
      default -> groupable(entity);
    };
  }

  /** The scalar of {@code function}'s value over a column of {@code scalar}. */
  static String resultScalar(String function, String scalar) {
    return switch (function) {
      case SUM ->
          switch (scalar) {
            case "Int" -> "BigInt";
            case "BigInt" -> "Decimal";
            default -> scalar;
          };
      case AVG -> "Float";
      default -> scalar;
    };
  }

  static String group(String typeName) {
    return typeName + "AggregateGroup";
  }

  static String column(String typeName) {
    return typeName + "Column";
  }

  /** {@code AlbumAggregateKeys}, {@code AlbumAggregateSum}, …: the values of one function. */
  static String part(String typeName, String function) {
    return typeName
        + "Aggregate"
        + Character.toUpperCase(function.charAt(0))
        + function.substring(1);
  }

  static String filter(String typeName) {
    return typeName + "AggregateFilter";
  }

  static String orderBy(String typeName) {
    return typeName + "AggregateOrderBy";
  }

  /** Every aggregate type of {@code model}, with the scalars and filters they need beyond it. */
  static List<GraphQLNamedType> all(GraphModel model) {
    List<GraphQLNamedType> types = new ArrayList<>();
    Set<String> filtered = new LinkedHashSet<>(List.of("Int", "BigInt", "Float"));
    for (Entity entity : model.entities()) {
      String name = entity.typeName();
      GraphQLEnumType.Builder columns =
          GraphQLEnumType.newEnum()
              .name(column(name))
              .description("A column of " + name + " to group by.");
      for (Attribute attribute : groupable(entity)) {
        columns.value(attribute.fieldName(), attribute.fieldName(), "The column.");
      }
      types.add(columns.build());
      types.add(groupType(entity));
      types.addAll(inputs(entity));
      for (String function : List.of(KEYS, SUM, AVG, MIN, MAX)) {
        List<Attribute> attributes = columns(entity, function);
        if (attributes.isEmpty()) {
          continue;
        }
        types.add(partType(name, function, attributes));
        if (!function.equals(KEYS)) {
          for (Attribute attribute : attributes) {
            filtered.add(resultScalar(function, attribute.scalar()));
          }
        }
      }
    }
    filtered.removeAll(FilterTypes.scalars(model));
    for (String scalar : filtered) {
      types.add(FilterTypes.scalarFilter(scalar, false));
    }
    types.add(Scalars.BIG_INT);
    types.add(graphql.Scalars.GraphQLFloat);
    return types;
  }

  private static GraphQLObjectType groupType(Entity entity) {
    String name = entity.typeName();
    GraphQLObjectType.Builder group =
        GraphQLObjectType.newObject()
            .name(group(name))
            .description("A group of " + name + " rows and what they add up to.");
    for (String function : List.of(KEYS, COUNT, SUM, AVG, MIN, MAX)) {
      if (function.equals(COUNT)) {
        group.field(
            field(
                COUNT,
                GraphQLNonNull.nonNull(graphql.Scalars.GraphQLInt),
                "How many rows the group has."));
      } else if (!columns(entity, function).isEmpty()) {
        group.field(
            field(
                function,
                GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(part(name, function))),
                function.equals(KEYS)
                    ? "The values of the groupBy columns (only those may be selected)."
                    : "The " + function + " of each column over the group's rows (null if none)."));
      }
    }
    return group.build();
  }

  private static GraphQLObjectType partType(
      String typeName, String function, List<Attribute> attributes) {
    GraphQLObjectType.Builder part =
        GraphQLObjectType.newObject()
            .name(part(typeName, function))
            .description(
                function.equals(KEYS)
                    ? "The grouped columns of " + typeName + "."
                    : "The " + function + " of columns of " + typeName + ".");
    for (Attribute attribute : attributes) {
      part.field(
          field(
              attribute.fieldName(),
              GraphQLTypeReference.typeRef(resultScalar(function, attribute.scalar())),
              null));
    }
    return part.build();
  }

  private static List<GraphQLInputObjectType> inputs(Entity entity) {
    String name = entity.typeName();
    GraphQLTypeReference self = GraphQLTypeReference.typeRef(filter(name));
    GraphQLInputObjectType.Builder having =
        GraphQLInputObjectType.newInputObject()
            .name(filter(name))
            .description("Conditions on groups of " + name + " rows; all that are given must hold.")
            .field(input(COUNT, TypeNames.scalarFilter("Int")));
    GraphQLInputObjectType.Builder order =
        GraphQLInputObjectType.newInputObject()
            .name(orderBy(name))
            .description("Sort keys of groups of " + name + " rows, applied in the order written.")
            .field(input(COUNT, TypeNames.ORDER_DIRECTION));
    List<GraphQLInputObjectType> types = new ArrayList<>();
    for (String function : List.of(KEYS, SUM, AVG, MIN, MAX)) {
      List<Attribute> attributes = columns(entity, function);
      if (attributes.isEmpty()) {
        continue;
      }
      if (!function.equals(KEYS)) {
        types.add(
            perColumn(
                part(name, function) + "Filter",
                "Conditions on the " + function + " of columns of " + name + ".",
                attributes,
                a -> TypeNames.scalarFilter(resultScalar(function, a.scalar()))));
        having.field(input(function, part(name, function) + "Filter"));
      }
      types.add(
          perColumn(
              part(name, function) + "OrderBy",
              "Sort by the " + function + " of columns of " + name + ".",
              attributes,
              a -> TypeNames.ORDER_DIRECTION));
      order.field(input(function, part(name, function) + "OrderBy"));
    }
    having
        .field(
            newInputObjectField()
                .name(FilterTypes.AND)
                .description("Every one holds.")
                .type(GraphQLList.list(GraphQLNonNull.nonNull(self))))
        .field(
            newInputObjectField()
                .name(FilterTypes.OR)
                .description("At least one holds.")
                .type(GraphQLList.list(GraphQLNonNull.nonNull(self))))
        .field(
            newInputObjectField().name(FilterTypes.NOT).description("Does not hold.").type(self));
    types.add(having.build());
    types.add(order.build());
    return types;
  }

  private static GraphQLInputObjectType perColumn(
      String name,
      String description,
      List<Attribute> attributes,
      Function<Attribute, String> typeOf) {
    GraphQLInputObjectType.Builder builder =
        GraphQLInputObjectType.newInputObject().name(name).description(description);
    for (Attribute attribute : attributes) {
      builder.field(input(attribute.fieldName(), typeOf.apply(attribute)));
    }
    return builder.build();
  }

  /** {@code albumsAggregate} on {@code Query}. */
  static GraphQLFieldDefinition rootField(Entity entity) {
    return newFieldDefinition()
        .name(entity.aggregateField())
        .description("Groups of " + entity.typeName() + " rows with counts, sums and extremes.")
        .type(groupList(entity.typeName()))
        .arguments(arguments(entity.typeName()))
        .build();
  }

  /** The aggregate field of a to-many {@code relation}, or null for a to-one relation. */
  static @Nullable GraphQLFieldDefinition relationField(Relation relation) {
    if (!relation.many()) {
      return null;
    }
    return newFieldDefinition()
        .name(fieldName(relation))
        .description("Groups of the related " + relation.target() + " rows.")
        .type(groupList(relation.target()))
        .arguments(arguments(relation.target()))
        .build();
  }

  static String fieldName(Relation relation) {
    return relation.fieldName() + "Aggregate";
  }

  private static GraphQLOutputType groupList(String typeName) {
    return GraphQLNonNull.nonNull(
        GraphQLList.list(GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(group(typeName)))));
  }

  private static List<GraphQLArgument> arguments(String typeName) {
    List<GraphQLArgument> arguments = new ArrayList<>();
    for (GraphQLArgument argument : ObjectTypes.listArguments(typeName)) {
      if (argument.getName().equals(ObjectTypes.WHERE)) {
        arguments.add(argument);
        arguments.add(
            argument(
                GROUP_BY,
                GraphQLList.list(
                    GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(column(typeName)))),
                "One group per distinct value of these columns; one group in all without them."));
        arguments.add(
            argument(
                HAVING,
                GraphQLTypeReference.typeRef(filter(typeName)),
                "Only the groups that match."));
      } else if (argument.getName().equals(ObjectTypes.ORDER_BY)) {
        arguments.add(
            argument(
                ObjectTypes.ORDER_BY,
                GraphQLList.list(
                    GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(orderBy(typeName)))),
                "Sort keys of the groups; by the groupBy columns without them."));
      } else {
        arguments.add(argument); // limit and offset
      }
    }
    return arguments;
  }

  private static GraphQLArgument argument(String name, GraphQLInputType type, String description) {
    return newArgument().name(name).type(type).description(description).build();
  }

  private static graphql.schema.GraphQLInputObjectField input(String name, String type) {
    return newInputObjectField().name(name).type(GraphQLTypeReference.typeRef(type)).build();
  }

  private static GraphQLFieldDefinition field(
      String name, GraphQLOutputType type, @Nullable String description) {
    return newFieldDefinition().name(name).type(type).description(description).build();
  }
}
