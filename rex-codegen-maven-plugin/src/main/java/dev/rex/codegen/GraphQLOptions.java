package dev.rex.codegen;

import dev.rex.graphql.model.NamingOverrides;
import java.nio.file.Path;

/**
 * What {@code rex:generate} writes for rex-graphql, when it writes anything: {@code
 * schema.graphqls} (next to the sources and, for the classpath, below {@code resourcesDirectory})
 * and the {@code GraphQLCatalog} class, both named with {@code overrides}.
 *
 * @param resourcesDirectory the generated resources directory that receives {@code
 *     <package>/schema.graphqls}
 * @param overrides how the GraphQL schema departs from the derived names
 */
public record GraphQLOptions(Path resourcesDirectory, NamingOverrides overrides) {

  /** The file name of the written SDL. */
  public static final String SCHEMA_FILE = "schema.graphqls";

  /** The name of the generated catalog class. */
  public static final String CATALOG_CLASS = "GraphQLCatalog";

  /** Options with {@code target/generated-resources/rex} and no overrides. */
  public static GraphQLOptions defaults() {
    return new GraphQLOptions(Path.of("target/generated-resources/rex"), NamingOverrides.none());
  }

  /** These options with {@code value} as the resources directory. */
  public GraphQLOptions withResourcesDirectory(Path value) {
    return new GraphQLOptions(value, overrides);
  }

  /** These options with {@code value} as the naming overrides. */
  public GraphQLOptions withOverrides(NamingOverrides value) {
    return new GraphQLOptions(resourcesDirectory, value);
  }
}
