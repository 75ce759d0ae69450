package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.PostgresTarget;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.dsl.dialect.PostgresDialect;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinook on PostgreSQL, read from a migrated database on the test server. The same usage source as
 * for SQLite must compile against it, although the tables are called {@code invoice_line} here and
 * {@code InvoiceLine} there.
 */
class PostgresChinookTest {

  private static final String PACKAGE = "chinook.pg";

  @TempDir Path dir;

  @Test
  void generatesChinookThatCompilesWithoutWarningsAndQueriesTheRealSchema() throws Exception {
    try (PostgresServer.TestDatabase database = PostgresServer.get().createDatabase()) {
      Path migrations = TestResources.chinook("postgres");
      assertThat(Migrator.migrate(database.target(), migrations)).isEqualTo(1);
      RecordingLog log = new RecordingLog();
      Path out = dir.resolve("generated");
      Path resources = dir.resolve("resources");
      GenerationResult result =
          new CodeGenerator(log)
              .generate(
                  GeneratorConfig.builder(PostgresTarget.INSTANCE, PACKAGE)
                      .migrations(migrations)
                      .outputDirectory(out)
                      .database(database.target())
                      .graphql(GraphQLOptions.defaults().withResourcesDirectory(resources))
                      .build());

      assertThat(result.tables()).isEqualTo(11);
      assertThat(log.warnings).isEmpty();
      Path pkg = out.resolve("chinook/pg");
      assertThat(Files.readString(pkg.resolve("tables/Album.java")))
          .contains(
              "public final TableField<AlbumRecord, Integer> ALBUM_ID =\n"
                  + "      createField(\"album_id\", SQLDataType.INTEGER.nullable(false).identity(true));")
          .contains("createField(\"title\", SQLDataType.VARCHAR.nullable(false).length(160));");
      assertThat(Files.readString(pkg.resolve("Keys.java")))
          .contains("UniqueKey.primaryKey(\"album_pkey\", Album.ALBUM, Album.ALBUM.ALBUM_ID);")
          .contains(
              "ForeignKey.of(\"track_album_id_fkey\", Track.TRACK, Keys.ALBUM_PKEY, Track.TRACK.ALBUM_ID);")
          .contains("PLAYLIST_TRACK_PKEY =");
      assertThat(Files.readString(pkg.resolve("tables/records/TrackRecord.java")))
          .contains("public @Nullable String getComposer() {")
          .contains("public TrackRecord setComposer(@Nullable String value) {")
          .contains("public String getName() {");

      String sdl = ChinookGraphQL.writtenSchema(out, resources, PACKAGE);
      assertThat(sdl).contains("type InvoiceLine {").contains("invoiceLines(");

      GeneratedSources.Compilation compiled = ChinookUsage.compileWithUsage(dir, out, PACKAGE);
      try (URLClassLoader loader = compiled.classLoader()) {
        ChinookGraphQL.assertRuntimeAgrees(loader, PACKAGE, sdl);
        Table<?> invoiceLine = ChinookUsage.assertInvoiceLine(loader, PACKAGE);
        assertThat(invoiceLine.getName()).isEqualTo("invoice_line");
        assertThat(invoiceLine.getPrimaryKey().name()).isEqualTo("invoice_line_pkey");
        Table<?> playlistTrack =
            (Table<?>) loader.loadClass(PACKAGE + ".Tables").getField("PLAYLIST_TRACK").get(null);
        assertThat(playlistTrack.getPrimaryKey().fields())
            .extracting(TableField::getName)
            .containsExactly("playlist_id", "track_id");

        ChinookUsage.assertQueriesRun(loader, PACKAGE, database.target(), PostgresDialect.INSTANCE);
      }
    }
  }
}
