package dev.rex.graphql.internal;

import static graphql.schema.FieldCoordinates.coordinates;

import dev.rex.dsl.TableRecord;
import dev.rex.graphql.RecordFieldFetcher;
import dev.rex.graphql.SchemaExtensions;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds an application's {@link SchemaExtensions} to a built schema: fields are appended to their
 * object types with graphql-java's schema transformer, and a field on a generated type is resolved
 * from the row's record, which {@link Selections} puts into the row under {@link
 * Selections#RECORD_KEY} whenever such a field is selected. Fields on a table the role cannot see
 * are left out with the table.
 */
final class Extensions {

  private Extensions() {}

  static GraphQLSchema apply(GraphQLSchema schema, GraphModel model, SchemaExtensions extensions) {
    Map<String, List<GraphQLFieldDefinition>> added = new LinkedHashMap<>();
    GraphQLCodeRegistry.Builder registry =
        GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
    for (SchemaExtensions.TableField field : extensions.tableFields()) {
      Entity entity = visible(model, field.table().getName());
      if (entity == null) {
        continue;
      }
      added.computeIfAbsent(entity.typeName(), t -> new ArrayList<>()).add(field.definition());
      registry.dataFetcher(
          coordinates(entity.typeName(), field.definition().getName()),
          fromRecord(field.fetcher()));
    }
    for (SchemaExtensions.RootField field : extensions.queryFields()) {
      added.computeIfAbsent("Query", t -> new ArrayList<>()).add(field.definition());
      registry.dataFetcher(coordinates("Query", field.definition().getName()), field.fetcher());
    }
    // the added types first, so that the added fields' references to them resolve
    GraphQLSchema withTypes =
        extensions.types().isEmpty()
            ? schema
            : schema.transform(builder -> extensions.types().forEach(builder::additionalType));
    GraphQLSchema extended =
        added.isEmpty()
            ? withTypes
            : SchemaTransformer.transformSchema(withTypes, new AppendFields(added));
    List<SchemaExtensions.RootField> mutations = extensions.mutationFields();
    GraphQLObjectType mutation = mutationType(extended, mutations, registry);
    return extended.transform(
        builder -> {
          builder.codeRegistry(registry.build());
          if (mutation != null) {
            builder.mutation(mutation);
          }
        });
  }

  private static @org.jspecify.annotations.Nullable Entity visible(GraphModel model, String table) {
    for (Entity entity : model.entities()) {
      if (entity.table().name().equals(table)) {
        return entity;
      }
    }
    return null;
  }

  private static @org.jspecify.annotations.Nullable GraphQLObjectType mutationType(
      GraphQLSchema schema,
      List<SchemaExtensions.RootField> fields,
      GraphQLCodeRegistry.Builder registry) {
    if (fields.isEmpty()) {
      return null;
    }
    GraphQLObjectType existing = schema.getMutationType();
    GraphQLObjectType.Builder builder =
        existing == null
            ? GraphQLObjectType.newObject().name("Mutation").description("Writes.")
            : GraphQLObjectType.newObject(existing);
    for (SchemaExtensions.RootField field : fields) {
      builder.field(field.definition());
      registry.dataFetcher(coordinates("Mutation", field.definition().getName()), field.fetcher());
    }
    return builder.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static DataFetcher<Object> fromRecord(RecordFieldFetcher<?, ?> fetcher) {
    return typed((RecordFieldFetcher) fetcher);
  }

  @SuppressWarnings("unchecked")
  private static <R extends TableRecord<R>> DataFetcher<Object> typed(
      RecordFieldFetcher<R, ?> fetcher) {
    return env -> {
      Object source = env.getSource();
      if (!(source instanceof Map<?, ?> row)
          || !(row.get(Selections.RECORD_KEY) instanceof TableRecord<?> record)) {
        throw new IllegalStateException(
            "the field " + env.getField().getName() + " needs its row's record");
      }
      return fetcher.get((R) record, env);
    };
  }

  /** Appends the added fields to their object types. */
  private static final class AppendFields extends GraphQLTypeVisitorStub {
    private final Map<String, List<GraphQLFieldDefinition>> added;

    AppendFields(Map<String, List<GraphQLFieldDefinition>> added) {
      this.added = added;
    }

    @Override
    public TraversalControl visitGraphQLObjectType(
        GraphQLObjectType node, TraverserContext<GraphQLSchemaElement> context) {
      List<GraphQLFieldDefinition> fields = added.get(node.getName());
      if (fields == null) {
        return TraversalControl.CONTINUE;
      }
      return changeNode(context, node.transform(builder -> fields.forEach(builder::field)));
    }
  }
}
