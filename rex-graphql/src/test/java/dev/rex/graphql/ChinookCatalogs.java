package dev.rex.graphql;

/** The generated GraphQL catalogs of Chinook, one per dialect (see chinook/README.md). */
public final class ChinookCatalogs {

  private ChinookCatalogs() {}

  /** The catalog of {@code dialect}: {@code postgres} or {@code sqlite}. */
  public static Catalog of(String dialect) {
    return dialect.equals("postgres") ? postgres() : sqlite();
  }

  static Catalog postgres() {
    return dev.rex.graphql.chinook.postgres.GraphQLCatalog.catalog();
  }

  static Catalog sqlite() {
    return dev.rex.graphql.chinook.sqlite.GraphQLCatalog.catalog();
  }
}
