package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.PostgresTarget;
import dev.rex.dsl.DSL;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.Table;
import dev.rex.dsl.dialect.PostgresDialect;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every mapped PostgreSQL type, two unmapped ones, enums, arrays, domains, views and schemas. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTypesTest {

  private static final String PACKAGE = "types.pg";

  private Path dir;
  private final RecordingLog log = new RecordingLog();
  private Path pkg;
  private PostgresServer.TestDatabase database;

  @BeforeAll
  void generate(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    database = PostgresServer.get().createDatabase();
    Path migrations = TestResources.path("/types/postgres");
    Migrator.migrate(database.target(), migrations);
    new CodeGenerator(log)
        .generate(
            GeneratorConfig.builder(PostgresTarget.INSTANCE, PACKAGE)
                .migrations(migrations)
                .outputDirectory(dir.resolve("generated"))
                .database(database.target())
                .schemas(List.of("public", "audit"))
                .build());
    pkg = dir.resolve("generated/types/pg");
  }

  @AfterAll
  void dropDatabase() throws Exception {
    database.close();
  }

  @Test
  void warnsAboutEachUnmappedColumnByTableAndColumnAndTypesItObject() throws Exception {
    assertThat(log.warnings)
        .containsExactly(
            "Table film, column search: type tsvector has no Rex mapping;"
                + " it is generated as SQLDataType.other (Java Object).",
            "Table film, column location: type point has no Rex mapping;"
                + " it is generated as SQLDataType.other (Java Object).");
    assertThat(film())
        .contains("TableField<FilmRecord, Object> SEARCH =")
        .contains("createField(\"search\", SQLDataType.other(\"tsvector\"));");
  }

  @Test
  void mapsEveryStandardTypeWithItsColumnMetadata() throws Exception {
    assertThat(film())
        .contains("createField(\"film_id\", SQLDataType.INTEGER.nullable(false).identity(true));")
        .contains("createField(\"title\", SQLDataType.VARCHAR.nullable(false).length(255));")
        .contains(
            "createField(\"price\", SQLDataType.NUMERIC.nullable(false).precision(5, 2)"
                + ".defaultValue(\"4.99\"));")
        .contains("TableField<FilmRecord, Short> LENGTH =")
        .contains("TableField<FilmRecord, Long> VIEWS =")
        .contains("TableField<FilmRecord, Float> WEIGHT =")
        .contains("TableField<FilmRecord, Double> SCORE =")
        .contains(
            "createField(\"available\", SQLDataType.BOOLEAN.nullable(false).defaultValue(\"true\"));")
        .contains("createField(\"code\", SQLDataType.CHAR.length(3));")
        .contains("TableField<FilmRecord, LocalDate> RELEASE_DATE =")
        .contains("TableField<FilmRecord, LocalTime> STARTS_AT =")
        .contains(
            "createField(\"created\", SQLDataType.TIMESTAMP.nullable(false).defaultValue(\"now()\"));")
        .contains("createField(\"updated\", SQLDataType.TIMESTAMPWITHTIMEZONE);")
        .contains("createField(\"film_uuid\", SQLDataType.UUID);")
        .contains("createField(\"meta\", SQLDataType.JSON);")
        .contains("createField(\"data\", SQLDataType.JSONB);")
        .contains("TableField<FilmRecord, byte[]> POSTER =")
        .contains("createField(\"contact\", SQLDataType.VARCHAR.length(254));");
    // the record's typed reads: Integer and Long into primitive fields, String by name; enums,
    // arrays (String[] too), decimals and shorts through get, with a cast
    assertThat(Files.readString(pkg.resolve("tables/records/FilmRecord.java")))
        .contains(
            "    this.filmId = row.intValue(0);\n"
                + "    if (!row.isNull(0)) {\n"
                + "      present |= 0x1;\n"
                + "    }\n"
                + "    this.title = row.getString(1);\n"
                + "    this.rating = (MpaaRating) row.get(2);\n"
                + "    this.ratings = (MpaaRating[]) row.get(3);\n"
                + "    this.tags = (String[]) row.get(4);\n");
  }

  @Test
  void mapsEnumsAndArraysAndNamesOddColumnsSafely() throws Exception {
    assertThat(film())
        .contains(
            "createField(\"rating\", DataType.ofEnum(MpaaRating.class, \"mpaa_rating\","
                + " MpaaRating.values()).defaultValue(\"'G'::mpaa_rating\"));")
        .contains("TableField<FilmRecord, MpaaRating[]> RATINGS =")
        .contains("createField(\"tags\", DataType.arrayOf(SQLDataType.TEXT, String[].class));")
        .contains(
            "createField(\"scores\", DataType.arrayOf(SQLDataType.INTEGER, Integer[].class));")
        .contains("TableField<FilmRecord, String> CLASS =")
        .contains("TableField<FilmRecord, Long> BIGINT =\n      createField(\"b\\u0131g\\u0131nt\"")
        .contains("TableField<FilmRecord, Integer> ORDER =");
    assertThat(Files.readString(pkg.resolve("enums/MpaaRating.java")))
        .contains("public enum MpaaRating implements EnumType {")
        .contains("PG_13(\"PG-13\"),")
        .contains("NC_17(\"NC-17\");");
    assertThat(Files.readString(pkg.resolve("tables/records/FilmRecord.java")))
        .contains("public String @Nullable [] getTags() {")
        .contains("public @Nullable Object getSearch() {\n    return this.search;")
        .contains("  private @Nullable Object search;\n")
        .contains("  private String @Nullable [] tags;\n")
        .contains("      case 22 -> this.search = value;\n")
        .contains("  private @Nullable String class_;\n")
        .contains("public @Nullable Long getBigint() {")
        .contains("public @Nullable String getClass_() {")
        // bigint in a long field; a column named like the record's presence mask is renamed
        .contains("  private long views;\n")
        .contains("    this.views = row.longValue(8);\n")
        .contains("  private int present_;\n")
        .contains("public @Nullable Integer getPresent() {")
        .contains("    this.present_ = row.intValue(27);\n");
  }

  @Test
  void namesCollidingTablesApartAndQualifiesOtherSchemas() throws Exception {
    assertThat(pkg.resolve("tables/InvoiceLine.java")).exists();
    assertThat(pkg.resolve("tables/InvoiceLine2.java")).exists();
    assertThat(pkg.resolve("tables/String_.java")).exists();
    assertThat(Files.readString(pkg.resolve("tables/Event.java")))
        .contains("super(\"event\", \"audit\", alias);");
    assertThat(Files.readString(pkg.resolve("tables/CheapFilm.java")))
        .contains("extends AbstractTable<CheapFilmRecord> {")
        .doesNotContain("WritableTable");
    assertThat(Files.readString(pkg.resolve("Keys.java")))
        .contains(
            "UniqueKey.unique(\"fan_film_number_key\", Fan.FAN, Fan.FAN.FILM_ID, Fan.FAN.FAN_NUMBER);")
        .contains(
            "ForeignKey.of(\"event_film_id_fkey\", Event.EVENT, Keys.FILM_PKEY, Event.EVENT.FILM_ID);")
        .contains("FK_RENTAL_FILM_A =")
        .contains("FK_RENTAL_FILM_B =");
  }

  @Test
  void compilesWithoutWarningsAndReadsEnumsArraysAndJsonFromTheDatabase() throws Exception {
    GeneratedSources.Compilation compiled =
        GeneratedSources.compile(dir.resolve("classes"), dir.resolve("generated")).assertClean();
    try (URLClassLoader loader = compiled.classLoader()) {
      Table<?> film = (Table<?>) loader.loadClass(PACKAGE + ".Tables").getField("FILM").get(null);
      Field<Object> rating = field(film, "rating");
      assertThat(rating.getDataType().getSqlType()).isEqualTo(SqlType.ENUM);
      Class<?> mpaa = loader.loadClass(PACKAGE + ".enums.MpaaRating");
      Object restricted = mpaa.getField("R").get(null);
      assertThat(((EnumType) restricted).getLiteral()).isEqualTo("R");
      assertThat(field(film, "tags").getDataType().getType()).isEqualTo(String[].class);
      assertThat(field(film, "updated").getDataType().getType()).isEqualTo(OffsetDateTime.class);
      assertThat(field(film, "film_uuid").getDataType().getType()).isEqualTo(UUID.class);
      assertThat(field(film, "price").getDataType().getType()).isEqualTo(BigDecimal.class);

      try (Connection connection = database.target().connect()) {
        List<List<Object>> rows =
            QueryRunner.fetch(
                connection,
                PostgresDialect.INSTANCE,
                DSL.select(field(film, "title"), rating, field(film, "tags"), field(film, "data"))
                    .from(film)
                    .where(rating.eq(restricted)));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo("Alien");
        assertThat(rows.get(0).get(1)).isSameAs(restricted);
        assertThat((String[]) rows.get(0).get(2)).containsExactly("space", "horror");
        assertThat(rows.get(0).get(3)).isEqualTo(Jsonb.of("{\"stars\": 5}"));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Field<Object> field(Table<?> table, String name) {
    return (Field<Object>) table.field(name);
  }

  private String film() throws Exception {
    return Files.readString(pkg.resolve("tables/Film.java"));
  }
}
