package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.SqliteTarget;
import dev.rex.dsl.DataType;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.UniqueKey;
import dev.rex.dsl.dialect.SqliteDialect;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteChinookTest {

  private static final String PACKAGE = "chinook.sqlite";

  @TempDir Path dir;

  @Test
  void generatesChinookThatCompilesWithoutWarningsAndQueriesTheRealSchema() throws Exception {
    RecordingLog log = new RecordingLog();
    Path out = dir.resolve("generated");
    Path resources = dir.resolve("resources");
    GenerationResult result =
        new CodeGenerator(log)
            .generate(
                GeneratorConfig.builder(SqliteTarget.INSTANCE, PACKAGE)
                    .migrations(TestResources.chinook("sqlite"))
                    .outputDirectory(out)
                    .graphql(GraphQLOptions.defaults().withResourcesDirectory(resources))
                    .build());

    assertThat(result.upToDate()).isFalse();
    assertThat(result.tables()).isEqualTo(11);
    assertThat(log.warnings).isEmpty();
    Path pkg = out.resolve("chinook/sqlite");
    assertThat(pkg.resolve("Tables.java")).exists();
    assertThat(pkg.resolve("tables/InvoiceLine.java")).exists();
    assertThat(pkg.resolve("tables/records/InvoiceLineRecord.java")).exists();
    assertThat(Files.readString(pkg.resolve("tables/Album.java")))
        .contains(
            "public final TableField<AlbumRecord, Integer> ALBUM_ID =\n"
                + "      createField(\"AlbumId\", SQLDataType.INTEGER.nullable(false).identity(true));")
        .contains("super(\"Album\", null, alias);");
    // a record keeps each value in a field of its own and reads a row with one typed read per
    // column: Integer columns in int fields, read without a box, with a bit each that says the
    // field holds a value (null stays null); String by name; anything else through get with a cast
    assertThat(Files.readString(pkg.resolve("tables/records/TrackRecord.java")))
        .contains("  private int trackId;\n  private @Nullable String name;\n")
        .contains("  private int present;\n")
        .contains(
            "  public Integer getTrackId() {\n"
                + "    return (this.present & 0x1) != 0 ? this.trackId : null;\n"
                + "  }")
        .contains(
            "  public TrackRecord setTrackId(Integer value) {\n    return set(0, value);\n  }")
        .contains(
            "  protected void read(RowColumns row) throws SQLException {\n"
                + "    int present = 0;\n"
                + "    this.trackId = row.intValue(0);\n"
                + "    if (!row.isNull(0)) {\n"
                + "      present |= 0x1;\n"
                + "    }\n"
                + "    this.name = row.getString(1);\n"
                + "    this.albumId = row.intValue(2);\n")
        .contains(
            "    this.bytes = row.intValue(7);\n"
                + "    if (!row.isNull(7)) {\n"
                + "      present |= 0x20;\n"
                + "    }\n"
                + "    this.unitPrice = (BigDecimal) row.get(8);\n"
                + "    this.present = present;\n"
                + "  }\n")
        .contains("      case 2 -> (this.present & 0x2) != 0 ? this.albumId : null;\n")
        .contains(
            "      case 2 -> {\n"
                + "        if (value == null) {\n"
                + "          this.present &= ~0x2;\n"
                + "        } else {\n"
                + "          this.albumId = (Integer) value;\n"
                + "          this.present |= 0x2;\n"
                + "        }\n"
                + "      }\n")
        .contains("      case 8 -> this.unitPrice;\n")
        .contains("      case 8 -> this.unitPrice = (BigDecimal) value;\n")
        .contains(
            "      default -> throw new IndexOutOfBoundsException(\"No column \" + index + \" in"
                + " Track\");\n");
    assertThat(Files.readString(pkg.resolve("tables/Track.java"))).doesNotContain("readRow");
    assertThat(Files.readString(pkg.resolve("Keys.java")))
        .contains("FK_TRACK_ALBUM_ID =")
        .contains(
            "ForeignKey.of(\"fk_Track_AlbumId\", Track.TRACK, Keys.ALBUM_PKEY, Track.TRACK.ALBUM_ID)");

    String sdl = ChinookGraphQL.writtenSchema(out, resources, PACKAGE);
    assertThat(sdl).contains("type InvoiceLine {").contains("invoiceLines(");

    GeneratedSources.Compilation compiled = ChinookUsage.compileWithUsage(dir, out, PACKAGE);
    try (URLClassLoader loader = compiled.classLoader()) {
      ChinookGraphQL.assertRuntimeAgrees(loader, PACKAGE, sdl);
      Table<?> invoiceLine = ChinookUsage.assertInvoiceLine(loader, PACKAGE);
      assertThat(invoiceLine.getName()).isEqualTo("InvoiceLine");
      UniqueKey<?> primaryKey = invoiceLine.getPrimaryKey();
      assertThat(primaryKey).isNotNull();
      assertThat(primaryKey.fields())
          .extracting(TableField::getName)
          .containsExactly("InvoiceLineId");
      assertThat(invoiceLine.getReferences())
          .extracting(fk -> fk.key().table().getName())
          .containsExactlyInAnyOrder("Invoice", "Track");

      Table<?> track = (Table<?>) loader.loadClass(PACKAGE + ".Tables").getField("TRACK").get(null);
      DataType<?> name = track.field("Name").getDataType();
      assertThat(name.getLength()).isEqualTo(200);
      assertThat(track.field("Composer").getDataType().isNullable()).isTrue();

      JdbcTarget database = JdbcTarget.of("jdbc:sqlite:" + dir.resolve("chinook.db"));
      Migrator.migrate(database, TestResources.chinook("sqlite"));
      ChinookUsage.assertQueriesRun(loader, PACKAGE, database, SqliteDialect.INSTANCE);
    }
  }
}
