package dev.rex.graphql.internal;

/** The names of the types Rex derives around each entity and scalar. */
final class TypeNames {

  static final String ORDER_DIRECTION = "OrderDirection";

  private TypeNames() {}

  /** {@code AlbumFilter}: conditions on one row. */
  static String filter(String typeName) {
    return typeName + "Filter";
  }

  /** {@code AlbumManyFilter}: some / none / every row of a to-many relation. */
  static String manyFilter(String typeName) {
    return typeName + "ManyFilter";
  }

  /** {@code AlbumOrderBy}: one sort key. */
  static String orderBy(String typeName) {
    return typeName + "OrderBy";
  }

  /** {@code IntFilter}: comparisons with one scalar or enum. */
  static String scalarFilter(String scalar) {
    return scalar + "Filter";
  }
}
