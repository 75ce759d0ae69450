package dev.rex.graphql.internal;

import dev.rex.graphql.Catalog;
import dev.rex.graphql.SchemaExtensions;
import dev.rex.graphql.model.NamingOverrides;
import graphql.schema.DataFetcherFactories;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds the executable schema of a catalog: the derived types with the root data fetchers, and a
 * default fetcher that reads each field from its parent's row map by result key ({@link
 * RowFetcher}).
 */
public final class Engine {

  private Engine() {}

  /** The executable schema of {@code catalog}, without subscriptions. */
  public static GraphQLSchema schema(
      Catalog catalog, NamingOverrides overrides, int maxRows, SchemaExtensions extensions) {
    return schema(catalog, overrides, maxRows, extensions, null);
  }

  /**
   * The executable schema of {@code catalog} named and restricted by {@code overrides}; no list
   * field returns more than {@code maxRows}. With {@code subscriptions}, a {@code Subscription}
   * root streams the changes of the captured tables.
   */
  public static GraphQLSchema schema(
      Catalog catalog,
      NamingOverrides overrides,
      int maxRows,
      SchemaExtensions extensions,
      @Nullable Subscriptions subscriptions) {
    GraphModel model = ModelDerivation.derive(catalog.describe(), overrides);
    GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry();
    registry.defaultDataFetcher(DataFetcherFactories.useDataFetcher(new RowFetcher()));
    new QueryFetchers(model, catalog, maxRows).register(registry);
    new MutationFetchers(model, catalog, maxRows).register(registry);
    List<Entity> subscribed = List.of();
    if (subscriptions != null) {
      SubscriptionFetchers fetchers = new SubscriptionFetchers(model, catalog, subscriptions);
      fetchers.register(registry);
      subscribed = fetchers.entities();
    }
    return Extensions.apply(
        SchemaAssembly.build(model, registry.build(), subscribed), model, extensions);
  }

  /** The SDL of {@code schema}, as the code generator prints it. */
  public static String sdl(GraphQLSchema schema) {
    return SchemaAssembly.print(schema);
  }
}
