package dev.rex.graphql.internal;

import dev.rex.graphql.model.TableDescription;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table as a GraphQL type: its names, the columns it shows and the relations it reaches.
 *
 * @param typeName the object type, PascalCase
 * @param table the table it describes
 * @param attributes the visible columns, in table order
 * @param relations the relations, to-one first, then to-many, then many-to-many
 * @param listField the root list field ({@code albums})
 * @param singleField the root field by primary key ({@code album}), or null without a key
 */
record Entity(
    String typeName,
    TableDescription table,
    List<Attribute> attributes,
    List<Relation> relations,
    String listField,
    @Nullable String singleField) {

  boolean writable() {
    return table.writable();
  }

  /** The root field of Relay connections ({@code albumsConnection}). */
  String connectionField() {
    return listField + "Connection";
  }

  /** The root field of aggregates ({@code albumsAggregate}). */
  String aggregateField() {
    return listField + "Aggregate";
  }

  /** The visible primary-key attributes, in key order; empty when a key column is hidden. */
  List<Attribute> keyAttributes() {
    List<Attribute> key = new java.util.ArrayList<>();
    for (String column : table.primaryKey()) {
      Attribute attribute = attributeOfColumn(column);
      if (attribute == null) {
        return List.of();
      }
      key.add(attribute);
    }
    return List.copyOf(key);
  }

  @Nullable Attribute attributeOfColumn(String column) {
    for (Attribute attribute : attributes) {
      if (attribute.column().name().equals(column)) {
        return attribute;
      }
    }
    return null;
  }

  @Nullable Attribute attribute(String fieldName) {
    for (Attribute attribute : attributes) {
      if (attribute.fieldName().equals(fieldName)) {
        return attribute;
      }
    }
    return null;
  }

  @Nullable Relation relation(String fieldName) {
    for (Relation relation : relations) {
      if (relation.fieldName().equals(fieldName)) {
        return relation;
      }
    }
    return null;
  }
}
