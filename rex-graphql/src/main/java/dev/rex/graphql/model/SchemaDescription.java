package dev.rex.graphql.model;

import java.util.List;

/**
 * Every table the GraphQL schema is derived from.
 *
 * @param tables the tables, in the order their types appear in the schema
 */
public record SchemaDescription(List<TableDescription> tables) {

  /** Copies the list. */
  public SchemaDescription {
    tables = List.copyOf(tables);
  }
}
