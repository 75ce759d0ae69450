package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.graphql.Catalog;
import dev.rex.graphql.SchemaExtensions;
import dev.rex.graphql.internal.Engine;
import dev.rex.graphql.model.GraphQLSdl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The GraphQL outputs of a generation: {@code schema.graphqls} next to the sources and in the
 * resources directory, and a compiled {@code GraphQLCatalog} from which the runtime derives the
 * very same SDL.
 */
final class ChinookGraphQL {

  private ChinookGraphQL() {}

  /** The SDL written into the sources, checked to be the resource too. */
  static String writtenSchema(Path sources, Path resources, String packageName) throws IOException {
    String path = packageName.replace('.', '/') + "/" + GraphQLOptions.SCHEMA_FILE;
    String sdl = Files.readString(sources.resolve(path), StandardCharsets.UTF_8);
    assertThat(Files.readString(resources.resolve(path), StandardCharsets.UTF_8)).isEqualTo(sdl);
    return sdl;
  }

  /** The catalog that the compiled {@code GraphQLCatalog.catalog()} returns. */
  static Catalog catalog(ClassLoader loader, String packageName) throws Exception {
    return (Catalog)
        loader
            .loadClass(packageName + "." + GraphQLOptions.CATALOG_CLASS)
            .getMethod("catalog")
            .invoke(null);
  }

  /**
   * Asserts that the runtime derives {@code written} from the compiled catalog: both from its
   * description alone and from the executable schema that {@code RexGraphQL} serves.
   */
  static void assertRuntimeAgrees(ClassLoader loader, String packageName, String written)
      throws Exception {
    Catalog catalog = catalog(loader, packageName);
    assertThat(GraphQLSdl.of(catalog.describe(), catalog.overrides())).isEqualTo(written);
    assertThat(
            Engine.sdl(Engine.schema(catalog, catalog.overrides(), 100, SchemaExtensions.none())))
        .isEqualTo(written);
  }
}
