package dev.rex.graphql.internal;

import dev.rex.dsl.SqlType;
import dev.rex.graphql.model.ColumnDescription;

/**
 * A column as a GraphQL field.
 *
 * @param fieldName the field's name, camelCase
 * @param column the column
 * @param scalar the GraphQL type of its values (without list or non-null wrappers)
 */
record Attribute(String fieldName, ColumnDescription column, String scalar) {

  boolean list() {
    return column.type() == SqlType.ARRAY;
  }

  /** Whether filters and sort keys may use it: not arrays, and not JSON, which has no order. */
  boolean comparable() {
    SqlType type = column.type();
    return type != SqlType.ARRAY && type != SqlType.JSON && type != SqlType.JSONB;
  }
}
