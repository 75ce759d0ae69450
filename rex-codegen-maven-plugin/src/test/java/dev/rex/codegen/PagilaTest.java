package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.dialect.PostgresTarget;
import dev.rex.dsl.ResultQuery;
import dev.rex.dsl.Table;
import dev.rex.dsl.WritableTable;
import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.exception.RexException;
import dev.rex.dsl.impl.StatementStarts;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pagila (schema and data, as pg_dump wrote them) migrated with Flyway, generated, compiled with
 * {@code -Xlint:all -Werror} together with typed queries, and queried.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagilaTest {

  private static final String PACKAGE = "pagila.db";

  private Path dir;
  private Path migrations;
  private PostgresServer.TestDatabase database;

  @BeforeAll
  void migrate(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    database = PostgresServer.get().createDatabase();
    migrations = TestResources.path("/pagila");
    assertThat(Migrator.migrate(database.target(), migrations)).isEqualTo(3);
  }

  @AfterAll
  void dropDatabase() throws Exception {
    database.close();
  }

  @Test
  void generatesEveryTableAndViewButNotPartitionsOrFunctions() throws Exception {
    RecordingLog log = new RecordingLog();
    Path out = generate("all", log, b -> b);

    assertThat(tableClasses(out))
        .containsExactly(
            "Actor",
            "ActorInfo",
            "Address",
            "Category",
            "City",
            "Country",
            "Customer",
            "CustomerList",
            "Film",
            "FilmActor",
            "FilmCategory",
            "FilmList",
            "Inventory",
            "Language",
            "NicerButSlowerFilmList",
            "Payment",
            "Rental",
            "RentalByCategory",
            "SalesByFilmCategory",
            "SalesByStore",
            "Staff",
            "StaffList",
            "Store");
    assertThat(log.warnings)
        .containsExactly(
            "Table film, column fulltext: type tsvector has no Rex mapping;"
                + " it is generated as SQLDataType.other (Java Object).");
    Path pkg = out.resolve("pagila/db");
    assertThat(Files.readString(pkg.resolve("tables/Film.java")))
        .contains("createField(\"release_year\", SQLDataType.INTEGER);")
        .contains(
            "createField(\"rating\", DataType.ofEnum(MpaaRating.class, \"mpaa_rating\","
                + " MpaaRating.values()).defaultValue(\"'G'::mpaa_rating\"));")
        .contains(
            "createField(\"special_features\", DataType.arrayOf(SQLDataType.TEXT,"
                + " String[].class));")
        .contains("createField(\"fulltext\", SQLDataType.other(\"tsvector\").nullable(false));");
    assertThat(Files.readString(pkg.resolve("enums/MpaaRating.java")))
        .contains("PG_13(\"PG-13\"),")
        .contains("NC_17(\"NC-17\");");
    assertThat(Files.readString(pkg.resolve("Keys.java")))
        .contains(
            "UniqueKey.primaryKey(\"film_actor_pkey\", FilmActor.FILM_ACTOR,"
                + " FilmActor.FILM_ACTOR.ACTOR_ID, FilmActor.FILM_ACTOR.FILM_ID);")
        .contains(
            "UniqueKey.primaryKey(\"film_category_pkey\", FilmCategory.FILM_CATEGORY,"
                + " FilmCategory.FILM_CATEGORY.FILM_ID, FilmCategory.FILM_CATEGORY.CATEGORY_ID);")
        .contains("FK_FILM_ACTOR_ACTOR_ID =")
        .contains("FK_FILM_ACTOR_FILM_ID =")
        .contains("FK_FILM_CATEGORY_CATEGORY_ID =")
        .contains("PAYMENT_PKEY =");
    assertThat(Files.readString(pkg.resolve("tables/records/FilmRecord.java")))
        .contains("extends AbstractUpdatableRecord<FilmRecord> {");
    for (String view : List.of("ActorInfo", "RentalByCategory", "SalesByStore")) {
      assertThat(Files.readString(pkg.resolve("tables/" + view + ".java")))
          .contains("extends AbstractTable<" + view + "Record> {")
          .doesNotContain("WritableTable");
      assertThat(Files.readString(pkg.resolve("tables/records/" + view + "Record.java")))
          .contains("extends AbstractTableRecord<" + view + "Record> {");
    }
  }

  @Test
  void compilesWithoutWarningsAndRunsTypedQueriesOnTheData() throws Exception {
    Path resources = dir.resolve("compiled-resources");
    Path out =
        generate(
            "compiled",
            new RecordingLog(),
            b -> b.graphql(GraphQLOptions.defaults().withResourcesDirectory(resources)));
    String sdl = ChinookGraphQL.writtenSchema(out, resources, PACKAGE);
    assertThat(sdl)
        .contains("enum MpaaRating {")
        .contains("  NC_17\n")
        .contains("  rating: MpaaRating\n")
        .contains("  specialFeatures: [String]\n")
        .contains("type FilmActor {")
        .contains("type ActorInfo {")
        .doesNotContain("fulltext");
    GeneratedSources.writeTemplate(
        "/usage/PagilaQueries.java.txt",
        PACKAGE,
        dir.resolve("usage/" + PACKAGE.replace('.', '/') + "/usage/PagilaQueries.java"));
    GeneratedSources.Compilation compiled =
        GeneratedSources.compile(dir.resolve("classes"), out, dir.resolve("usage")).assertClean();

    try (URLClassLoader loader = compiled.classLoader();
        Connection connection = database.target().connect()) {
      ChinookGraphQL.assertRuntimeAgrees(loader, PACKAGE, sdl);
      @SuppressWarnings("unchecked")
      List<ResultQuery<?>> queries =
          ((Supplier<List<ResultQuery<?>>>)
                  loader
                      .loadClass(PACKAGE + ".usage.PagilaQueries")
                      .getDeclaredConstructor()
                      .newInstance())
              .get();
      PostgresDialect postgres = PostgresDialect.INSTANCE;

      List<List<Object>> films = QueryRunner.fetch(connection, postgres, queries.get(0));
      assertThat(films)
          .isNotEmpty()
          .hasSize(
              count(
                  connection,
                  "film where rating = 'NC-17' and release_year = 2006 and title like 'A%'"
                      + " and special_features is not null"));
      assertThat(films.get(0).get(1)).hasToString("NC_17");
      assertThat(films.get(0).get(2)).isEqualTo(2006);
      assertThat(films.get(0).get(3)).isInstanceOf(String[].class);

      List<List<Object>> actors = QueryRunner.fetch(connection, postgres, queries.get(1));
      assertThat(actors).hasSize(10).first().isEqualTo(List.of("CAGE"));

      List<List<Object>> payments = QueryRunner.fetch(connection, postgres, queries.get(2));
      assertThat(payments.get(0).get(0)).isEqualTo(count(connection, "payment where amount > 0"));

      List<List<Object>> best = QueryRunner.fetch(connection, postgres, queries.get(3));
      assertThat(best).hasSize(1);
      assertThat(best.get(0).get(0)).isEqualTo("Foreign");

      Table<?> view =
          (Table<?>) loader.loadClass(PACKAGE + ".Tables").getField("RENTAL_BY_CATEGORY").get(null);
      assertThat(view.isWritable()).isFalse();
      // Views are not WritableTables, so insertInto / update / deleteFrom do not accept them.
      assertThat(view).isNotInstanceOf(WritableTable.class);
      Table<?> film = (Table<?>) loader.loadClass(PACKAGE + ".Tables").getField("FILM").get(null);
      assertThat(film).isInstanceOf(WritableTable.class);
      assertThatThrownBy(() -> StatementStarts.insertInto(null, view))
          .isInstanceOf(RexException.class)
          .hasMessage(
              "rental_by_category is read-only (a view, derived table or CTE):"
                  + " it cannot be changed.");
    }
  }

  @Test
  void selectsTablesWithIncludesExcludesSchemasAndPartitions() throws Exception {
    Path filtered =
        generate(
            "filtered",
            new RecordingLog(),
            b -> b.includes(List.of("film.*", "public\\.payment.*")).excludes(List.of(".*_list")));
    assertThat(tableClasses(filtered))
        .containsExactly("Film", "FilmActor", "FilmCategory", "Payment");

    Path schemas =
        generate(
            "schemas",
            new RecordingLog(),
            b -> b.schemas(List.of("public", "reporting")).includes(List.of("reporting\\..*")));
    assertThat(tableClasses(schemas)).containsExactly("DailyRevenue");
    assertThat(Files.readString(schemas.resolve("pagila/db/tables/DailyRevenue.java")))
        .contains("super(\"daily_revenue\", \"reporting\", alias);")
        .contains("createField(\"visits\", SQLDataType.BIGINT);");

    Path partitions =
        generate(
            "partitions",
            new RecordingLog(),
            b -> b.includePartitions(true).includes(List.of("payment.*")));
    assertThat(tableClasses(partitions))
        .containsExactly(
            "Payment",
            "PaymentP202201",
            "PaymentP202202",
            "PaymentP202203",
            "PaymentP202204",
            "PaymentP202205",
            "PaymentP202206",
            "PaymentP202207");
  }

  private Path generate(
      String name,
      RecordingLog log,
      java.util.function.UnaryOperator<GeneratorConfig.Builder> configure)
      throws Exception {
    Path out = dir.resolve(name);
    GeneratorConfig config =
        configure
            .apply(
                GeneratorConfig.builder(PostgresTarget.INSTANCE, PACKAGE)
                    .migrations(migrations)
                    .outputDirectory(out)
                    .database(database.target()))
            .build();
    new CodeGenerator(log).generate(config);
    return out;
  }

  private static List<String> tableClasses(Path out) throws Exception {
    try (Stream<Path> files = Files.list(out.resolve("pagila/db/tables"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
          .map(n -> n.substring(0, n.length() - ".java".length()))
          .sorted()
          .toList();
    }
  }

  private static int count(Connection connection, String from) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + from)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
