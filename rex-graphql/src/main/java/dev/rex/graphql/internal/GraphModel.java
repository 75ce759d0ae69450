package dev.rex.graphql.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the GraphQL schema is built from: the entities, in schema order, and the enums their
 * columns use.
 */
record GraphModel(List<Entity> entities, Map<String, EnumModel> enums) {

  @Nullable Entity entity(String typeName) {
    for (Entity entity : entities) {
      if (entity.typeName().equals(typeName)) {
        return entity;
      }
    }
    return null;
  }

  Entity entityOfTable(String table) {
    for (Entity entity : entities) {
      if (entity.table().name().equals(table)) {
        return entity;
      }
    }
    throw new IllegalArgumentException("no GraphQL type for table " + table);
  }
}
