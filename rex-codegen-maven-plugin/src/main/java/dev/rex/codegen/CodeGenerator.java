package dev.rex.codegen;

import dev.rex.graphql.model.NamingOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates Rex sources from Flyway migrations.
 *
 * <p>Without a configured database, {@link #generate} first compares the {@link InputFingerprint}
 * of the migrations and configuration with the one stored next to the sources and returns at once
 * when they match. Otherwise it starts a {@link ThrowawayDatabase}, applies the migrations with
 * Flyway, reads the schema with jooq-meta ({@link SchemaReader}), plans names and types ({@link
 * CodePlanner}), writes the files ({@link SourceFiles}, and with {@link GeneratorConfig#graphql()}
 * the GraphQL schema and catalog of {@link GraphQLFiles}), throws the database away and stores the
 * new fingerprint. With a configured database it reads that database as it is and always
 * regenerates, because the database can change without the migrations changing.
 */
public final class CodeGenerator {

  private final GeneratorLog log;
  private final ThrowawayDatabase.Factory databases;

  /** A generator that starts the standard throwaway databases. */
  public CodeGenerator(GeneratorLog log) {
    this(log, ThrowawayDatabase.Factory.standard());
  }

  /** A generator that starts throwaway databases with {@code databases}. */
  public CodeGenerator(GeneratorLog log, ThrowawayDatabase.Factory databases) {
    this.log = log;
    this.databases = databases;
  }

  /**
   * Generates sources for {@code config}, or does nothing when they are up to date.
   *
   * @throws IllegalArgumentException when the migrations directory does not exist
   * @throws IOException when the migrations cannot be read or the sources cannot be written
   * @throws SQLException when the database cannot be read
   * @throws dev.rex.migrate.MigrationException when a migration fails
   */
  public GenerationResult generate(GeneratorConfig config) throws IOException, SQLException {
    long start = System.nanoTime();
    List<GeneratedFile> files;
    CodePlan plan;
    if (config.database() != null) {
      InputFingerprint.clear(config);
      plan = read(config, start);
      files = write(plan, config);
    } else {
      String fingerprint = InputFingerprint.compute(config);
      if (InputFingerprint.isCurrent(config, fingerprint)) {
        log.info("Rex sources in " + config.outputDirectory() + " are up to date; skipped.");
        return new GenerationResult(true, 0, 0, Duration.ofNanos(System.nanoTime() - start));
      }
      InputFingerprint.clear(config);
      plan = read(config, start);
      files = write(plan, config);
      InputFingerprint.store(config, fingerprint);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    log.info(
        "Generated "
            + plan.tables().size()
            + " table(s) into "
            + config.outputDirectory()
            + " in "
            + elapsed.toMillis()
            + " ms.");
    return new GenerationResult(false, plan.tables().size(), files.size(), elapsed);
  }

  /**
   * The GraphQL schema, in SDL, that {@link #generate} writes for {@code config}: the database is
   * read as for generation (a migrated throwaway one, or the configured one), but nothing is
   * written and no fingerprint is consulted. The naming overrides are those of {@link
   * GeneratorConfig#graphql()}, none when it is {@code null}.
   *
   * @throws IllegalArgumentException when the migrations directory does not exist or no schema can
   *     be derived (no tables, or names that clash)
   * @throws IOException when the migrations cannot be read
   * @throws SQLException when the database cannot be read
   * @throws dev.rex.migrate.MigrationException when a migration fails
   */
  public String graphqlSchema(GeneratorConfig config) throws IOException, SQLException {
    CodePlan plan = read(config, System.nanoTime());
    GraphQLOptions graphql = config.graphql();
    return GraphQLFiles.sdl(
        plan, graphql == null ? NamingOverrides.none() : graphql.overrides(), log);
  }

  /** The plan of the configured database, or of a throwaway one migrated for the purpose. */
  private CodePlan read(GeneratorConfig config, long start) throws IOException, SQLException {
    JdbcTarget existing = config.database();
    if (existing != null) {
      return plan(existing, config);
    }
    if (!Files.isDirectory(config.migrations())) {
      throw new IllegalArgumentException(
          "The migrations directory " + config.migrations().toAbsolutePath() + " does not exist.");
    }
    JdbcTarget server = config.server();
    try (ThrowawayDatabase database =
        server == null
            ? databases.start(config.dialect())
            : config.dialect().throwawayDatabaseOn(server)) {
      long started = System.nanoTime();
      int applied = Migrator.migrate(database.target(), config.migrations());
      log.info(
          "Started a throwaway "
              + config.dialect().configName()
              + " database in "
              + millis(start, started)
              + " ms and applied "
              + applied
              + " migration(s) from "
              + config.migrations()
              + " in "
              + millis(started, System.nanoTime())
              + " ms.");
      return plan(database.target(), config);
    }
  }

  private static long millis(long fromNanos, long toNanos) {
    return Duration.ofNanos(toNanos - fromNanos).toMillis();
  }

  private CodePlan plan(JdbcTarget target, GeneratorConfig config) throws SQLException {
    TableFilter filter = new TableFilter(config.includes(), config.excludes());
    SchemaModel schema;
    try (Connection connection = target.connect()) {
      schema =
          SchemaReader.read(
              connection, config.dialect(), config.schemas(), filter, config.includePartitions());
    }
    return CodePlanner.plan(schema, config.packageName(), config.dialect(), config.naming(), log);
  }

  /**
   * Writes the sources and, when configured, the GraphQL outputs. The SDL is derived before
   * anything is written, so a schema that cannot be derived leaves the old sources in place.
   */
  private List<GeneratedFile> write(CodePlan plan, GeneratorConfig config) throws IOException {
    List<GeneratedFile> files = new ArrayList<>(SourceFiles.render(plan));
    GraphQLOptions graphql = config.graphql();
    if (graphql == null) {
      SourceFiles.write(config.outputDirectory(), config.packageName(), files);
      return files;
    }
    String sdl = GraphQLFiles.sdl(plan, graphql.overrides(), log);
    files.add(GraphQLFiles.catalog(plan, graphql.overrides()));
    files.add(GraphQLFiles.schema(plan, sdl));
    SourceFiles.write(config.outputDirectory(), config.packageName(), files);
    GraphQLFiles.writeResource(graphql.resourcesDirectory(), config.packageName(), sdl);
    return files;
  }
}
