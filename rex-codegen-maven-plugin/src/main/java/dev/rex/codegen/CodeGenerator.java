package dev.rex.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Generates Rex sources from Flyway migrations.
 *
 * <p>Without a configured database, {@link #generate} first compares the {@link InputFingerprint}
 * of the migrations and configuration with the one stored next to the sources and returns at once
 * when they match. Otherwise it starts a {@link ThrowawayDatabase}, applies the migrations with
 * Flyway, reads the schema with jooq-meta ({@link SchemaReader}), plans names and types ({@link
 * CodePlanner}), writes the files ({@link SourceFiles}), throws the database away and stores the
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
    JdbcTarget existing = config.database();
    List<GeneratedFile> files;
    CodePlan plan;
    if (existing != null) {
      InputFingerprint.clear(config);
      plan = plan(existing, config);
      files = write(plan, config);
    } else {
      String fingerprint = InputFingerprint.compute(config);
      if (InputFingerprint.isCurrent(config, fingerprint)) {
        log.info("Rex sources in " + config.outputDirectory() + " are up to date; skipped.");
        return new GenerationResult(true, 0, 0, Duration.ofNanos(System.nanoTime() - start));
      }
      InputFingerprint.clear(config);
      if (!Files.isDirectory(config.migrations())) {
        throw new IllegalArgumentException(
            "The migrations directory "
                + config.migrations().toAbsolutePath()
                + " does not exist.");
      }
      try (ThrowawayDatabase database = databases.start(config.dialect())) {
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
        plan = plan(database.target(), config);
      }
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

  private static List<GeneratedFile> write(CodePlan plan, GeneratorConfig config)
      throws IOException {
    List<GeneratedFile> files = SourceFiles.render(plan);
    SourceFiles.write(config.outputDirectory(), config.packageName(), files);
    return files;
  }
}
