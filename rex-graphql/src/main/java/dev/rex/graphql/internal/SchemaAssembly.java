package dev.rex.graphql.internal;

import dev.rex.graphql.model.NamingOverrides;
import dev.rex.graphql.model.SchemaDescription;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphqlTypeComparatorRegistry;
import graphql.schema.idl.SchemaPrinter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the GraphQL schema of a derived model: object types, enums, filter and order inputs and
 * the root types. The same builder serves the runtime (with data fetchers) and the code generator
 * (without, to print the SDL), so both always describe one schema.
 */
public final class SchemaAssembly {

  private SchemaAssembly() {}

  /** The SDL of {@code description} with {@code overrides}, as the code generator writes it. */
  public static String sdl(SchemaDescription description, NamingOverrides overrides) {
    GraphModel model = ModelDerivation.derive(description, overrides);
    return print(build(model, GraphQLCodeRegistry.newCodeRegistry().build(), List.of()));
  }

  /** The SDL of {@code schema}: its types in a stable order, without the built-in directives. */
  static String print(GraphQLSchema schema) {
    return new SchemaPrinter(
            SchemaPrinter.Options.defaultOptions()
                .includeDirectives(false)
                .includeSchemaDefinition(false)
                .includeScalarTypes(true)
                .setComparators(GraphqlTypeComparatorRegistry.AS_IS_REGISTRY))
        .print(schema);
  }

  /**
   * The schema of {@code model}, with a {@code Subscription} root when {@code subscribed} has
   * entities.
   */
  static GraphQLSchema build(
      GraphModel model, GraphQLCodeRegistry codeRegistry, List<Entity> subscribed) {
    Set<GraphQLNamedType> types = new LinkedHashSet<>();
    for (Entity entity : model.entities()) {
      for (Attribute attribute : entity.attributes()) {
        GraphQLNamedType scalar = Scalars.added().get(attribute.scalar());
        if (scalar != null) {
          types.add(scalar);
        }
      }
    }
    types.add(OrderTypes.direction());
    types.addAll(ObjectTypes.enums(model));
    types.addAll(ObjectTypes.all(model));
    types.addAll(FilterTypes.all(model));
    types.addAll(OrderTypes.all(model));
    types.addAll(ConnectionTypes.all(model));
    types.addAll(AggregateTypes.all(model));
    types.addAll(MutationTypes.all(model));
    GraphQLSchema.Builder schema =
        GraphQLSchema.newSchema()
            .query(ObjectTypes.query(model))
            .mutation(MutationTypes.mutation(model))
            .codeRegistry(codeRegistry);
    if (!subscribed.isEmpty()) {
      types.add(Scalars.DATE_TIME);
      types.addAll(SubscriptionTypes.all(subscribed));
      schema.subscription(SubscriptionTypes.subscription(subscribed));
    }
    return schema.additionalTypes(types).build();
  }
}
