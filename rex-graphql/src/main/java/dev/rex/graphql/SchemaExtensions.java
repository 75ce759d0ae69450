package dev.rex.graphql;

import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import java.util.ArrayList;
import java.util.List;

/**
 * What an application adds beside the generated schema: fields on generated types resolved from
 * their records, root query and mutation fields, and types of its own. Immutable; each method
 * returns a copy.
 *
 * <pre>{@code
 * SchemaExtensions.none()
 *     .field(ALBUM, newFieldDefinition().name("titleLength").type(GraphQLInt).build(),
 *         (album, env) -> album.getTitle().length())
 *     .queryField(newFieldDefinition().name("serverTime").type(GraphQLString).build(),
 *         env -> Instant.now().toString());
 * }</pre>
 */
public final class SchemaExtensions {

  /** A field on the type of {@code table}. */
  public record TableField(
      Table<?> table, GraphQLFieldDefinition definition, RecordFieldFetcher<?, ?> fetcher) {}

  /** A field on a root type. */
  public record RootField(GraphQLFieldDefinition definition, DataFetcher<?> fetcher) {}

  private final List<TableField> tableFields;
  private final List<RootField> queryFields;
  private final List<RootField> mutationFields;
  private final List<GraphQLNamedType> types;

  private SchemaExtensions(
      List<TableField> tableFields,
      List<RootField> queryFields,
      List<RootField> mutationFields,
      List<GraphQLNamedType> types) {
    this.tableFields = List.copyOf(tableFields);
    this.queryFields = List.copyOf(queryFields);
    this.mutationFields = List.copyOf(mutationFields);
    this.types = List.copyOf(types);
  }

  /** Nothing added. */
  public static SchemaExtensions none() {
    return new SchemaExtensions(List.of(), List.of(), List.of(), List.of());
  }

  /** These extensions with {@code definition} added to {@code table}'s type. */
  public <R extends TableRecord<R>> SchemaExtensions field(
      Table<R> table, GraphQLFieldDefinition definition, RecordFieldFetcher<R, ?> fetcher) {
    List<TableField> copy = new ArrayList<>(tableFields);
    copy.add(new TableField(table, definition, fetcher));
    return new SchemaExtensions(copy, queryFields, mutationFields, types);
  }

  /** These extensions with {@code definition} added to {@code Query}. */
  public SchemaExtensions queryField(GraphQLFieldDefinition definition, DataFetcher<?> fetcher) {
    List<RootField> copy = new ArrayList<>(queryFields);
    copy.add(new RootField(definition, fetcher));
    return new SchemaExtensions(tableFields, copy, mutationFields, types);
  }

  /** These extensions with {@code definition} added to {@code Mutation}. */
  public SchemaExtensions mutationField(GraphQLFieldDefinition definition, DataFetcher<?> fetcher) {
    List<RootField> copy = new ArrayList<>(mutationFields);
    copy.add(new RootField(definition, fetcher));
    return new SchemaExtensions(tableFields, queryFields, copy, types);
  }

  /** These extensions with {@code type} added, for the added fields to use. */
  public SchemaExtensions type(GraphQLNamedType type) {
    List<GraphQLNamedType> copy = new ArrayList<>(types);
    copy.add(type);
    return new SchemaExtensions(tableFields, queryFields, mutationFields, copy);
  }

  /** The fields added to generated types. */
  public List<TableField> tableFields() {
    return tableFields;
  }

  /** The fields added to {@code Query}. */
  public List<RootField> queryFields() {
    return queryFields;
  }

  /** The fields added to {@code Mutation}. */
  public List<RootField> mutationFields() {
    return mutationFields;
  }

  /** The types added. */
  public List<GraphQLNamedType> types() {
    return types;
  }
}
