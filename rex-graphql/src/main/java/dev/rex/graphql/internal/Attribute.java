package dev.rex.graphql.internal;

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
    return column.type() == dev.rex.dsl.SqlType.ARRAY;
  }
}
