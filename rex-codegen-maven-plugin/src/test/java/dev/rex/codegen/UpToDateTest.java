package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.dialect.PostgresTarget;
import dev.rex.codegen.dialect.SqliteTarget;
import dev.rex.graphql.model.NamingOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation is skipped, without starting a database, while the inputs have not changed. */
class UpToDateTest {

  @TempDir Path dir;
  private final AtomicInteger starts = new AtomicInteger();
  private final RecordingLog log = new RecordingLog();
  private final CodeGenerator generator =
      new CodeGenerator(
          log,
          dialect -> {
            starts.incrementAndGet();
            return ThrowawayDatabase.Factory.standard().start(dialect);
          });

  @Test
  void skipsWithoutADatabaseUntilAMigrationChanges() throws Exception {
    Path migrations = dir.resolve("migrations");
    Files.createDirectories(migrations);
    Files.writeString(
        migrations.resolve("V1__artist.sql"), "create table artist (id integer primary key);");
    GeneratorConfig config = sqlite(migrations, "app.db");

    assertThat(generator.generate(config).upToDate()).isFalse();
    GenerationResult second = generator.generate(config);

    assertThat(second.upToDate()).isTrue();
    assertThat(starts).hasValue(1);
    assertThat(log.infos).last().asString().contains("up to date; skipped");

    Files.writeString(
        migrations.resolve("V2__album.sql"), "create table album (id integer primary key);");
    GenerationResult third = generator.generate(config);

    assertThat(third.upToDate()).isFalse();
    assertThat(third.tables()).isEqualTo(2);
    assertThat(starts).hasValue(2);
    assertThat(dir.resolve("out/app/db/tables/Album.java")).exists();
  }

  @Test
  void regeneratesWhenTheConfigurationChangesOrOutputsAreMissing() throws Exception {
    Path migrations = dir.resolve("migrations");
    Files.createDirectories(migrations);
    Files.writeString(
        migrations.resolve("V1__artist.sql"), "create table artist (id integer primary key);");
    generator.generate(sqlite(migrations, "app.db"));

    assertThat(generator.generate(sqlite(migrations, "app.data")).upToDate()).isFalse();
    Files.delete(dir.resolve("out/app/data/Tables.java"));
    assertThat(generator.generate(sqlite(migrations, "app.data")).upToDate()).isFalse();
    assertThat(generator.generate(sqlite(migrations, "app.data")).upToDate()).isTrue();
    assertThat(starts).hasValue(3);
  }

  @Test
  void regeneratesWhenTheGraphQLConfigurationChangesOrItsSchemaIsMissing() throws Exception {
    Path migrations = dir.resolve("migrations");
    Files.createDirectories(migrations);
    Files.writeString(
        migrations.resolve("V1__artist.sql"),
        "create table artist (id integer primary key, name text);");
    Path resources = dir.resolve("resources");
    Path schema = dir.resolve("out/app/db/schema.graphqls");
    Path resource = resources.resolve("app/db/schema.graphqls");
    GraphQLOptions graphql = new GraphQLOptions(resources, NamingOverrides.none());

    generator.generate(withGraphql(migrations, graphql));
    assertThat(generator.generate(withGraphql(migrations, graphql)).upToDate()).isTrue();
    assertThat(schema).exists();
    assertThat(dir.resolve("out/app/db/GraphQLCatalog.java")).exists();

    GraphQLOptions renamed =
        graphql.withOverrides(NamingOverrides.none().withTypeName("artist", "Singer"));
    assertThat(generator.generate(withGraphql(migrations, renamed)).upToDate()).isFalse();
    assertThat(Files.readString(resource)).contains("type Singer {");
    assertThat(generator.generate(withGraphql(migrations, renamed)).upToDate()).isTrue();

    Files.delete(resource);
    assertThat(generator.generate(withGraphql(migrations, renamed)).upToDate()).isFalse();
    assertThat(resource).exists();

    assertThat(generator.generate(sqlite(migrations, "app.db")).upToDate()).isFalse();
    assertThat(schema).doesNotExist();
    assertThat(dir.resolve("out/app/db/GraphQLCatalog.java")).doesNotExist();
    assertThat(starts).hasValue(4);
  }

  @Test
  void removesClassesOfDroppedTablesButNotHandWrittenFiles() throws Exception {
    Path migrations = dir.resolve("migrations");
    Files.createDirectories(migrations);
    Files.writeString(
        migrations.resolve("V1__tables.sql"),
        "create table artist (id integer primary key); create table album (id integer primary key);");
    generator.generate(sqlite(migrations, "app.db"));
    Path handWritten = dir.resolve("out/app/db/tables/Notes.java");
    Files.writeString(handWritten, "package app.db.tables; class Notes {}");
    assertThat(dir.resolve("out/app/db/tables/Album.java")).exists();

    Files.writeString(migrations.resolve("V2__drop.sql"), "drop table album;");
    generator.generate(sqlite(migrations, "app.db"));

    assertThat(dir.resolve("out/app/db/tables/Album.java")).doesNotExist();
    assertThat(dir.resolve("out/app/db/tables/Artist.java")).exists();
    assertThat(handWritten).exists();
  }

  @Test
  void failsOnAMissingMigrationsDirectoryBeforeStartingADatabase() {
    assertThatThrownBy(() -> generator.generate(sqlite(dir.resolve("nowhere"), "app.db")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere does not exist");
    assertThat(starts).hasValue(0);
  }

  @Test
  void chinookOnEmbeddedPostgresIsGeneratedColdThenSkipped() throws Exception {
    GeneratorConfig config =
        GeneratorConfig.builder(PostgresTarget.INSTANCE, "chinook.embedded")
            .migrations(TestResources.chinook("postgres"))
            .outputDirectory(dir.resolve("out"))
            .build();

    GenerationResult cold = generator.generate(config);
    GenerationResult skipped = generator.generate(config);

    assertThat(cold.upToDate()).isFalse();
    assertThat(cold.tables()).isEqualTo(11);
    assertThat(skipped.upToDate()).isTrue();
    assertThat(starts).hasValue(1);
    assertThat(skipped.elapsed()).isLessThan(cold.elapsed());
    System.out.printf(
        "Chinook on embedded PostgreSQL: cold generate %d ms, up-to-date skip %d ms%n",
        cold.elapsed().toMillis(), skipped.elapsed().toMillis());
    log.infos.forEach(System.out::println);
    GeneratedSources.compile(dir.resolve("classes"), dir.resolve("out")).assertClean();
  }

  private GeneratorConfig withGraphql(Path migrations, GraphQLOptions graphql) {
    return GeneratorConfig.builder(SqliteTarget.INSTANCE, "app.db")
        .migrations(migrations)
        .outputDirectory(dir.resolve("out"))
        .graphql(graphql)
        .build();
  }

  private GeneratorConfig sqlite(Path migrations, String packageName) throws IOException {
    return GeneratorConfig.builder(SqliteTarget.INSTANCE, packageName)
        .migrations(migrations)
        .outputDirectory(dir.resolve("out"))
        .build();
  }
}
