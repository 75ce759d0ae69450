package dev.rex.migrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.jspecify.annotations.Nullable;

/**
 * Flyway SQL migrations in some locations, applied to one database: Rex's migration commands.
 *
 * <p>Every command configures Flyway the same way: the given locations ({@code classpath:…} or
 * {@code filesystem:…}), {@code V<version>__<description>.sql} versioned and {@code R__…}
 * repeatable migrations, each migration in a transaction of its own ({@code group} and {@code
 * mixed} off, so a script that cannot run in a transaction is refused rather than half applied),
 * SLF4J logging, and a missing location as an error. {@code U<version>__<description>.sql} undo
 * scripts beside the migrations are not migrations to Flyway's free edition; it ignores them, and
 * {@link #undo} runs them.
 *
 * <p>Instances are immutable and thread-safe; each command opens and closes its own connections.
 * Concurrent {@link #migrate} calls on one database serialise: on PostgreSQL through Flyway's
 * advisory lock; on SQLite, a migration that finds the file locked by another writer was rolled
 * back by Flyway and is tried again (for up to a minute) until the other writer is done.
 */
public final class Migrations {

  /** Where {@code Rex.migrate} looks by default. */
  public static final String DEFAULT_LOCATION = "classpath:db/migration";

  /**
   * How long {@link #migrate} keeps trying while another process writes (SQLite: holds the file).
   */
  private static final Duration BUSY_WAIT = Duration.ofSeconds(60);

  private final DataSourceSpec database;
  private final List<String> locations;
  private final @Nullable String baselineVersion;
  private final @Nullable String targetVersion;
  private final ClassLoader classLoader;

  private Migrations(
      DataSourceSpec database,
      List<String> locations,
      @Nullable String baselineVersion,
      @Nullable String targetVersion,
      ClassLoader classLoader) {
    if (locations.isEmpty()) {
      throw new IllegalArgumentException("At least one migration location is needed.");
    }
    this.database = database;
    this.locations = List.copyOf(locations);
    this.baselineVersion = baselineVersion;
    this.targetVersion = targetVersion;
    this.classLoader = classLoader;
  }

  /** The migrations in {@code locations} (default {@value #DEFAULT_LOCATION}) for a pool. */
  public static Migrations of(DataSource dataSource, String... locations) {
    return new Migrations(
        new DataSourceSpec(dataSource, null, null, null),
        orDefault(locations),
        null,
        null,
        Migrations.class.getClassLoader());
  }

  /** The migrations in {@code locations} for the database at a JDBC URL. */
  public static Migrations of(
      String url, @Nullable String user, @Nullable String password, String... locations) {
    return new Migrations(
        new DataSourceSpec(null, url, user, password),
        orDefault(locations),
        null,
        null,
        Migrations.class.getClassLoader());
  }

  /** A copy that {@link #baseline} marks with {@code version} instead of Flyway's {@code 1}. */
  public Migrations withBaselineVersion(String version) {
    return new Migrations(database, locations, version, targetVersion, classLoader);
  }

  /**
   * A copy whose {@link #migrate} stops at {@code version}: migrations above it stay pending.
   * {@code null} (the default) applies them all.
   *
   * @throws IllegalArgumentException when {@code version} is not a version such as {@code 3} or
   *     {@code 2.1}
   */
  public Migrations withTargetVersion(@Nullable String version) {
    if (version != null && !version.strip().matches("\\d+(?:[._]\\d+)*")) {
      throw new IllegalArgumentException(
          "A target version is digits separated by dots, such as 3 or 2.1; got '" + version + "'.");
    }
    return new Migrations(
        database,
        locations,
        baselineVersion,
        version == null ? null : version.strip(),
        classLoader);
  }

  /** A copy that loads JDBC drivers and {@code classpath:} migrations with {@code loader}. */
  public Migrations withClassLoader(ClassLoader loader) {
    return new Migrations(database, locations, baselineVersion, targetVersion, loader);
  }

  /** The locations, as given. */
  public List<String> locations() {
    return locations;
  }

  /**
   * Applies pending migrations, each in its own transaction; with a {@linkplain #withTargetVersion
   * target version}, only those up to it.
   *
   * @return how many were applied now (zero when the database was up to date)
   * @throws MigrationFailedException naming the script, line, statement and the database's message
   *     when one fails; that migration was rolled back, those before it stay applied
   */
  public int migrate() {
    long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
    int applied = 0;
    for (int attempt = 1; ; attempt++) {
      try {
        return applied + flyway().migrate().migrationsExecuted;
      } catch (FlywayException e) {
        if (!FlywayErrors.refusedForAConcurrentWriter(e) || System.nanoTime() > deadline) {
          throw FlywayErrors.translate(e);
        }
        applied += FlywayErrors.appliedBeforeFailure(e);
        pause(attempt);
      }
    }
  }

  /**
   * SQLite reports a busy database at once, without waiting, when two connections that both read
   * try to write (its deadlock avoidance). Flyway rolled the migration back, so it is safe to try
   * again: the next attempt re-reads the history and finds what the other process applied.
   */
  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(500, 20L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException("Interrupted while waiting for the database to be free.", e);
    }
  }

  /** Every migration Flyway knows of, applied and pending, in the order it applies them. */
  public List<MigrationInfoRow> info() {
    try {
      List<MigrationInfoRow> rows = new ArrayList<>();
      for (MigrationInfo info : flyway().info().all()) {
        rows.add(row(info));
      }
      return rows;
    } catch (FlywayException e) {
      throw FlywayErrors.translate(e);
    }
  }

  /**
   * Checks applied migrations against their files. Pending migrations are not an error.
   *
   * @throws ChecksumMismatchException naming every file that was changed after it was applied, is
   *     missing, or failed
   */
  public void validate() {
    ValidateResult result;
    try {
      result = flyway(config().ignoreMigrationPatterns("*:pending")).validateWithResult();
    } catch (FlywayException e) {
      throw FlywayErrors.translate(e);
    }
    if (result.validationSuccessful) {
      return;
    }
    List<String> scripts = new ArrayList<>();
    StringBuilder message = new StringBuilder("Migrations do not validate:");
    for (ValidateOutput invalid : result.invalidMigrations) {
      String script =
          invalid.filepath == null || invalid.filepath.isEmpty() ? "" : invalid.filepath;
      String name = script.isEmpty() ? "version " + invalid.version : fileName(script);
      scripts.add(name);
      message
          .append("\n  ")
          .append(name)
          .append(": ")
          .append(invalid.errorDetails == null ? "invalid" : invalid.errorDetails.errorMessage);
    }
    message.append("\nRestore the files, or run rex:repair to accept the files as they are now.");
    throw new ChecksumMismatchException(message.toString(), scripts);
  }

  /**
   * Rolls back the latest applied migration, or every one above {@code targetVersion}, newest
   * first, with the {@code U} scripts kept beside the {@code V} scripts. All scripts run and their
   * history rows are removed in one transaction: on any failure nothing changes.
   *
   * @param targetVersion the version to end at, or {@code null} to undo the latest only
   * @return the versions undone, newest first (empty when nothing was applied above the target)
   * @throws MissingUndoScriptException before anything runs, when a {@code U} script is missing
   * @throws MigrationFailedException when an undo script fails; everything was rolled back
   */
  public List<String> undo(@Nullable String targetVersion) {
    FluentConfiguration config = config();
    List<MigrationInfo> applied;
    try {
      applied = Arrays.asList(flyway(config).info().applied());
    } catch (FlywayException e) {
      throw FlywayErrors.translate(e);
    }
    return new Undo(config, applied).run(targetVersion);
  }

  /** Flyway's repair: removes failed rows and realigns recorded checksums with the files. */
  public RepairResult repair() {
    try {
      return flyway().repair();
    } catch (FlywayException e) {
      throw FlywayErrors.translate(e);
    }
  }

  /** Flyway's baseline: marks an existing database as being at the baseline version. */
  public void baseline() {
    try {
      flyway().baseline();
    } catch (FlywayException e) {
      throw FlywayErrors.translate(e);
    }
  }

  private Flyway flyway() {
    return flyway(config());
  }

  private static Flyway flyway(FluentConfiguration config) {
    return config.load();
  }

  /** Rex's Flyway configuration; see the class comment. */
  FluentConfiguration config() {
    FluentConfiguration config =
        Flyway.configure(classLoader)
            .locations(locations.toArray(String[]::new))
            .group(false)
            .mixed(false)
            .failOnMissingLocations(true)
            .loggers("slf4j");
    if (baselineVersion != null) {
      config.baselineVersion(baselineVersion);
    }
    if (targetVersion != null) {
      config.target(targetVersion);
    }
    return database.dataSource() != null
        ? config.dataSource(database.dataSource())
        : config.dataSource(database.url(), database.user(), database.password());
  }

  private static MigrationInfoRow row(MigrationInfo info) {
    Integer time = info.getExecutionTime();
    return new MigrationInfoRow(
        info.getVersion() == null ? null : info.getVersion().getVersion(),
        info.getDescription(),
        info.getType() == null ? "" : info.getType().name(),
        info.getState().getDisplayName(),
        info.getScript(),
        info.getChecksum(),
        info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant(),
        time == null || info.getInstalledOn() == null ? null : Duration.ofMillis(time));
  }

  static String fileName(String script) {
    int slash = Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\'));
    return script.substring(slash + 1);
  }

  private static List<String> orDefault(String[] locations) {
    return locations.length == 0 ? List.of(DEFAULT_LOCATION) : List.of(locations);
  }

  /** A pool, or a URL with credentials. */
  private record DataSourceSpec(
      @Nullable DataSource dataSource,
      @Nullable String url,
      @Nullable String user,
      @Nullable String password) {}
}
