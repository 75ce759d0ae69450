package dev.rex.graphql.internal;

import static graphql.schema.GraphQLArgument.newArgument;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLInputObjectField.newInputObjectField;

import graphql.language.EnumValue;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Mutation} root and its input types, for every mutable entity (see {@link Writability};
 * views and keyless tables have none). For {@code Album}:
 *
 * <ul>
 *   <li>{@code AlbumInput}: a new row. A column is required when it is not null, has no default or
 *       identity, and no parent relation can supply it (so {@code Track.albumId} is optional: a
 *       track created inside an album, or given {@code album: {connect | create}}, gets it from
 *       there; left out everywhere, validation reports it). Each parent relation is an {@code
 *       ArtistRelate} ({@code connect} an existing row by key, or {@code create} one); each to-many
 *       relation a list of child inputs ({@code tracks: [TrackInput!]}), whose foreign-key columns
 *       to this row are filled in and may not be given.
 *   <li>{@code AlbumPatch}: every column optional; a column given as null is set to NULL. Parent
 *       relations as in the input; each to-many relation an {@code TrackListPatch}: {@code create}
 *       new children, {@code update} children by key ({@code TrackKeyedPatch}: key and patch),
 *       {@code delete} children by key. Updated and deleted rows must be children of the row.
 *   <li>{@code AlbumKey}: the primary key; {@code AlbumUniqueKey}: {@code PRIMARY_KEY} and each
 *       other unique key, for upserts.
 * </ul>
 *
 * The root fields: {@code createAlbum(input)}, {@code createAlbums(inputs)}, {@code
 * updateAlbum(albumId, patch)}, {@code updateAlbums(where, patch)}, {@code deleteAlbum(albumId)},
 * {@code deleteAlbums(where)} and {@code upsertAlbum(input, onConflict = PRIMARY_KEY)}.
 */
final class MutationTypes {

  private MutationTypes() {}

  /** Every input and enum type the mutations of {@code model} use. */
  static List<GraphQLNamedType> all(GraphModel model) {
    List<GraphQLNamedType> types = new ArrayList<>();
    for (Entity entity : model.entities()) {
      if (!Writability.mutable(entity)) {
        continue;
      }
      String name = entity.typeName();
      types.add(input(model, entity));
      types.add(patch(model, entity));
      types.add(key(entity));
      types.add(
          GraphQLInputObjectType.newInputObject()
              .name(MutationNames.relate(name))
              .description(
                  "The " + name + " a row refers to: an existing one by key, or a new one.")
              .field(field(MutationNames.CONNECT, ref(MutationNames.key(name)), "An existing row."))
              .field(field(MutationNames.CREATE, ref(MutationNames.input(name)), "A new row."))
              .build());
      types.add(
          GraphQLInputObjectType.newInputObject()
              .name(MutationNames.listPatch(name))
              .description(
                  "Changes to the related "
                      + name
                      + " rows: deletes run first, then updates, then creates.")
              .field(field(MutationNames.CREATE, listOf(MutationNames.input(name)), "New rows."))
              .field(
                  field(
                      MutationNames.UPDATE,
                      listOf(MutationNames.keyedPatch(name)),
                      "Related rows to change, by key."))
              .field(
                  field(
                      MutationNames.DELETE,
                      listOf(MutationNames.key(name)),
                      "Related rows to delete, by key."))
              .build());
      types.add(
          GraphQLInputObjectType.newInputObject()
              .name(MutationNames.keyedPatch(name))
              .description("One " + name + " row, by key, and its changes.")
              .field(
                  field(
                      MutationNames.KEY,
                      GraphQLNonNull.nonNull(ref(MutationNames.key(name))),
                      "The row."))
              .field(
                  field(
                      MutationNames.PATCH,
                      GraphQLNonNull.nonNull(ref(MutationNames.patch(name))),
                      "Its changes."))
              .build());
      GraphQLEnumType.Builder keys =
          GraphQLEnumType.newEnum()
              .name(MutationNames.uniqueKey(name))
              .description("The unique keys an upsert of " + name + " may find a row by.");
      Writability.uniqueKeys(entity)
          .forEach((value, columns) -> keys.value(value, value, "The columns " + columns + "."));
      types.add(keys.build());
    }
    return types;
  }

  private static GraphQLInputObjectType input(GraphModel model, Entity entity) {
    Set<String> fromParents = Writability.parentColumns(model, entity);
    GraphQLInputObjectType.Builder builder =
        GraphQLInputObjectType.newInputObject()
            .name(MutationNames.input(entity.typeName()))
            .description(
                "A new "
                    + entity.typeName()
                    + " row; columns left out get their default, identity or null.");
    for (Attribute attribute : entity.attributes()) {
      boolean required =
          !attribute.column().nullable()
              && !attribute.column().generated()
              && !fromParents.contains(attribute.column().name());
      builder.field(
          field(
              attribute.fieldName(),
              required ? GraphQLNonNull.nonNull(columnType(attribute)) : columnType(attribute),
              "The column " + attribute.column().name() + "."));
    }
    addParents(builder, model, entity);
    for (Relation relation : Writability.children(model, entity)) {
      builder.field(
          field(
              relation.fieldName(),
              listOf(MutationNames.input(relation.target())),
              "New " + relation.target() + " rows that refer to this one."));
    }
    return builder.build();
  }

  /** Per foreign key to a mutable table, a field that connects or creates the referenced row. */
  private static void addParents(
      GraphQLInputObjectType.Builder builder, GraphModel model, Entity entity) {
    for (Relation relation : Writability.parents(model, entity)) {
      builder.field(
          field(
              relation.fieldName(),
              ref(MutationNames.relate(relation.target())),
              sets(entity, relation)));
    }
  }

  private static GraphQLInputObjectType patch(GraphModel model, Entity entity) {
    GraphQLInputObjectType.Builder builder =
        GraphQLInputObjectType.newInputObject()
            .name(MutationNames.patch(entity.typeName()))
            .description(
                "Changes to a "
                    + entity.typeName()
                    + " row: only the fields given change, a null sets NULL.");
    for (Attribute attribute : entity.attributes()) {
      builder.field(
          field(
              attribute.fieldName(),
              columnType(attribute),
              "The column " + attribute.column().name() + "."));
    }
    addParents(builder, model, entity);
    for (Relation relation : Writability.children(model, entity)) {
      builder.field(
          field(
              relation.fieldName(),
              ref(MutationNames.listPatch(relation.target())),
              "Changes to the " + relation.target() + " rows that refer to this one."));
    }
    return builder.build();
  }

  private static GraphQLInputObjectType key(Entity entity) {
    GraphQLInputObjectType.Builder builder =
        GraphQLInputObjectType.newInputObject()
            .name(MutationNames.key(entity.typeName()))
            .description("The primary key of a " + entity.typeName() + " row.");
    for (Attribute attribute : entity.keyAttributes()) {
      builder.field(
          field(
              attribute.fieldName(),
              GraphQLNonNull.nonNull(ref(attribute.scalar())),
              "The column " + attribute.column().name() + "."));
    }
    return builder.build();
  }

  /** The {@code Mutation} root, or null when no entity is mutable. */
  static @Nullable GraphQLObjectType mutation(GraphModel model) {
    GraphQLObjectType.Builder builder =
        GraphQLObjectType.newObject()
            .name(MutationNames.MUTATION)
            .description(
                "Writes. Each field runs in one transaction: when any part fails, nothing is"
                    + " written. Fields run one after another, in the order written.");
    boolean any = false;
    for (Entity entity : model.entities()) {
      if (!Writability.mutable(entity)) {
        continue;
      }
      any = true;
      String name = entity.typeName();
      GraphQLTypeReference type = ref(name);
      GraphQLNonNull rows = GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(type)));
      GraphQLInputType filter = GraphQLNonNull.nonNull(ref(TypeNames.filter(name)));
      GraphQLInputType patch = GraphQLNonNull.nonNull(ref(MutationNames.patch(name)));
      GraphQLInputType input = GraphQLNonNull.nonNull(ref(MutationNames.input(name)));
      builder.field(
          newFieldDefinition()
              .name(MutationNames.createOne(entity))
              .description("Inserts a " + name + " row with its new relations; returns it.")
              .type(GraphQLNonNull.nonNull(type))
              .argument(argument(MutationNames.INPUT, input)));
      builder.field(
          newFieldDefinition()
              .name(MutationNames.createMany(entity))
              .description("Inserts " + name + " rows; returns them in the order given.")
              .type(rows)
              .argument(
                  argument(MutationNames.INPUTS, GraphQLNonNull.nonNull(GraphQLList.list(input)))));
      builder.field(
          keyed(entity, newFieldDefinition().name(MutationNames.updateOne(entity)))
              .description("Changes the " + name + " with this key; null when there is none.")
              .type(type)
              .argument(argument(MutationNames.PATCH, patch)));
      builder.field(
          newFieldDefinition()
              .name(MutationNames.updateMany(entity))
              .description("Changes every " + name + " that matches; returns them.")
              .type(rows)
              .argument(argument(ObjectTypes.WHERE, filter))
              .argument(argument(MutationNames.PATCH, patch)));
      builder.field(
          keyed(entity, newFieldDefinition().name(MutationNames.deleteOne(entity)))
              .description("Deletes the " + name + " with this key; returns it as it was, or null.")
              .type(type));
      builder.field(
          newFieldDefinition()
              .name(MutationNames.deleteMany(entity))
              .description("Deletes every " + name + " that matches; returns them as they were.")
              .type(rows)
              .argument(argument(ObjectTypes.WHERE, filter)));
      builder.field(
          newFieldDefinition()
              .name(MutationNames.upsert(entity))
              .description(
                  "Inserts a "
                      + name
                      + " row, or, when one with the same unique key exists, updates it with the"
                      + " columns given; returns it.")
              .type(GraphQLNonNull.nonNull(type))
              .argument(argument(MutationNames.INPUT, input))
              .argument(
                  newArgument()
                      .name(MutationNames.ON_CONFLICT)
                      .description("The key that finds an existing row.")
                      .type(ref(MutationNames.uniqueKey(name)))
                      .defaultValueLiteral(EnumValue.of(MutationNames.PRIMARY_KEY))));
    }
    return any ? builder.build() : null;
  }

  private static GraphQLFieldDefinition.Builder keyed(
      Entity entity, GraphQLFieldDefinition.Builder field) {
    for (Attribute attribute : entity.keyAttributes()) {
      field.argument(
          argument(attribute.fieldName(), GraphQLNonNull.nonNull(ref(attribute.scalar()))));
    }
    return field;
  }

  private static String sets(Entity entity, Relation relation) {
    List<String> fields = new ArrayList<>();
    for (String column : relation.sourceColumns()) {
      Attribute attribute = entity.attributeOfColumn(column);
      fields.add(attribute == null ? column : attribute.fieldName());
    }
    return "An existing or a new "
        + relation.target()
        + " to refer to; sets "
        + String.join(", ", fields)
        + ".";
  }

  private static GraphQLInputType columnType(Attribute attribute) {
    GraphQLInputType scalar = ref(attribute.scalar());
    return attribute.list() ? GraphQLList.list(scalar) : scalar;
  }

  private static GraphQLTypeReference ref(String name) {
    return GraphQLTypeReference.typeRef(name);
  }

  private static GraphQLInputType listOf(String name) {
    return GraphQLList.list(GraphQLNonNull.nonNull(ref(name)));
  }

  private static GraphQLArgument argument(String name, GraphQLInputType type) {
    return newArgument().name(name).type(type).build();
  }

  private static graphql.schema.GraphQLInputObjectField field(
      String name, GraphQLInputType type, String description) {
    return newInputObjectField().name(name).type(type).description(description).build();
  }
}
