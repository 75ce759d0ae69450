package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.dialect.PostgresTarget;
import dev.rex.codegen.dialect.SqliteTarget;
import dev.rex.graphql.model.NamingOverrides;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GraphQL schema the generator derives: the same for Chinook on both databases, named with the
 * configured overrides in the SDL and in the compiled {@code GraphQLCatalog} alike.
 */
class GraphQLSchemaTest {

  /** GraphQL descriptions: block strings and one-line strings before a definition. */
  private static final Pattern DESCRIPTIONS =
      Pattern.compile("(?m)^\\s*(\"\"\"[\\s\\S]*?\"\"\"|\"[^\"\\n]*\")\\s*\\n");

  @TempDir Path dir;
  private final RecordingLog log = new RecordingLog();

  @Test
  void derivesTheSameSchemaFromChinookOnPostgresAndSqlite() throws Exception {
    String sqlite =
        new CodeGenerator(log)
            .graphqlSchema(
                GeneratorConfig.builder(SqliteTarget.INSTANCE, "chinook")
                    .migrations(TestResources.chinook("sqlite"))
                    .build());
    String postgres;
    try (PostgresServer.TestDatabase database = PostgresServer.get().createDatabase()) {
      Migrator.migrate(database.target(), TestResources.chinook("postgres"));
      postgres =
          new CodeGenerator(log)
              .graphqlSchema(
                  GeneratorConfig.builder(PostgresTarget.INSTANCE, "chinook")
                      .migrations(TestResources.chinook("postgres"))
                      .database(database.target())
                      .build());
    }

    assertThat(withoutDescriptions(postgres)).isEqualTo(withoutDescriptions(sqlite));
    assertThat(sqlite)
        .contains("type Album {")
        .contains("type PlaylistTrack {")
        .contains("invoiceLines(")
        .contains("unitPrice: Decimal!");
    assertThat(log.warnings).isEmpty();
  }

  @Test
  void namesTypesAndFieldsAndHidesWhatTheOverridesSayInTheSchemaAndTheCatalog() throws Exception {
    Path out = dir.resolve("generated");
    Path resources = dir.resolve("resources");
    NamingOverrides overrides =
        NamingOverrides.none()
            .withTypeName("Album", "Record")
            .withFieldName("Track", "UnitPrice", "price")
            .withHiddenTable("Employee")
            .withHiddenColumn("Customer", "Email")
            .withHiddenColumn("Customer", "Mobile");
    new CodeGenerator(log)
        .generate(
            GeneratorConfig.builder(SqliteTarget.INSTANCE, "app.db")
                .migrations(TestResources.chinook("sqlite"))
                .outputDirectory(out)
                .graphql(new GraphQLOptions(resources, overrides))
                .build());

    String sdl = ChinookGraphQL.writtenSchema(out, resources, "app.db");
    assertThat(sdl)
        .contains("type Record {")
        .doesNotContain("type Album {")
        .contains("records(")
        .doesNotContain("type Employee {")
        .doesNotContain("supportRep:")
        .contains("firstName: String!");
    assertThat(typeBlock(sdl, "Track")).contains("  price: Decimal!").doesNotContain("unitPrice");
    assertThat(typeBlock(sdl, "InvoiceLine")).contains("  unitPrice: Decimal!");
    assertThat(typeBlock(sdl, "Customer")).doesNotContain("email:").contains("  phone: String");
    assertThat(log.warnings)
        .containsExactly(
            "The GraphQL naming overrides name column Customer.Mobile, which is not generated.");
    assertThat(Files.readString(out.resolve("app/db/GraphQLCatalog.java")))
        .contains(
            "        NamingOverrides.none()\n"
                + "            .withTypeName(\"Album\", \"Record\")\n"
                + "            .withFieldName(\"Track\", \"UnitPrice\", \"price\")\n"
                + "            .withHiddenTable(\"Employee\")\n"
                + "            .withHiddenColumn(\"Customer\", \"Email\")\n"
                + "            .withHiddenColumn(\"Customer\", \"Mobile\"));");

    GeneratedSources.Compilation compiled =
        GeneratedSources.compile(dir.resolve("classes"), out).assertClean();
    try (URLClassLoader loader = compiled.classLoader()) {
      assertThat(ChinookGraphQL.catalog(loader, "app.db").overrides()).isEqualTo(overrides);
      ChinookGraphQL.assertRuntimeAgrees(loader, "app.db", sdl);
    }
  }

  @Test
  void refusesOverridesThatGiveTwoTablesOneTypeAndLeavesTheSourcesAlone() throws Exception {
    Path out = dir.resolve("generated");
    GeneratorConfig.Builder config =
        GeneratorConfig.builder(SqliteTarget.INSTANCE, "app.db")
            .migrations(TestResources.chinook("sqlite"))
            .outputDirectory(out)
            .includes(List.of("Album", "Artist"))
            .graphql(GraphQLOptions.defaults().withResourcesDirectory(dir.resolve("resources")));
    CodeGenerator generator = new CodeGenerator(log);
    generator.generate(config.build());
    String catalog = Files.readString(out.resolve("app/db/GraphQLCatalog.java"));

    GeneratorConfig clash =
        config
            .graphql(
                new GraphQLOptions(
                    dir.resolve("resources"),
                    NamingOverrides.none().withTypeName("Album", "Artist")))
            .build();
    assertThatThrownBy(() -> generator.generate(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The GraphQL schema cannot be derived: ")
        .hasMessageContaining("Artist")
        .hasMessageContaining("naming overrides");
    assertThat(Files.readString(out.resolve("app/db/GraphQLCatalog.java"))).isEqualTo(catalog);
  }

  @Test
  void refusesToDeriveASchemaWithoutTables() throws Exception {
    GeneratorConfig config =
        GeneratorConfig.builder(SqliteTarget.INSTANCE, "app.db")
            .migrations(TestResources.chinook("sqlite"))
            .outputDirectory(dir.resolve("generated"))
            .includes(List.of("nothing"))
            .graphql(GraphQLOptions.defaults().withResourcesDirectory(dir.resolve("resources")))
            .build();

    assertThatThrownBy(() -> new CodeGenerator(log).generate(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No tables were generated, so there is no GraphQL schema to derive.");
  }

  /** The definition of the object type {@code name}, up to its closing brace. */
  private static String typeBlock(String sdl, String name) {
    int start = sdl.indexOf("type " + name + " {");
    assertThat(start).as("type %s", name).isNotNegative();
    return sdl.substring(start, sdl.indexOf("\n}", start));
  }

  private static String withoutDescriptions(String sdl) {
    return DESCRIPTIONS.matcher(sdl).replaceAll("");
  }
}
