package dev.rex.codegen;

import java.nio.file.Path;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * What to generate and from where. Build one with {@link #builder}.
 *
 * @param dialect the database kind
 * @param packageName the base package of the generated code
 * @param migrations the directory of Flyway SQL migrations
 * @param outputDirectory where sources are written
 * @param database an existing database to read instead of migrating a throwaway one, or {@code
 *     null}
 * @param includes regular expressions; when not empty, only matching tables are generated
 * @param excludes regular expressions of tables not to generate
 * @param schemas the schemas to read
 * @param naming how database names become Java names
 * @param includePartitions whether the partitions of a partitioned PostgreSQL table are generated
 *     as tables of their own (by default only the partitioned table is)
 * @param graphql what to write for rex-graphql, or {@code null} to write nothing for it
 * @param server a server on which the throwaway database is created, for a dialect that cannot
 *     start one of its own ({@link TargetDialect#throwawayDatabaseOn}), or {@code null}
 */
public record GeneratorConfig(
    TargetDialect dialect,
    String packageName,
    Path migrations,
    Path outputDirectory,
    @Nullable JdbcTarget database,
    List<String> includes,
    List<String> excludes,
    List<String> schemas,
    NamingStrategy naming,
    boolean includePartitions,
    @Nullable GraphQLOptions graphql,
    @Nullable JdbcTarget server) {

  /**
   * Checks and copies the configuration.
   *
   * @throws IllegalArgumentException for a package name that is not a legal Java package, no
   *     schemas, or schemas the dialect cannot have
   */
  public GeneratorConfig {
    if (!SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException(
          "packageName '" + packageName + "' is not a legal Java package name.");
    }
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    schemas = List.copyOf(schemas);
    if (schemas.isEmpty()) {
      throw new IllegalArgumentException("At least one schema must be read.");
    }
    dialect.checkSchemas(schemas);
  }

  /** A builder with the defaults: the dialect's default schema, no filters, default naming. */
  public static Builder builder(TargetDialect dialect, String packageName) {
    return new Builder(dialect, packageName);
  }

  /** Builds a {@link GeneratorConfig}. */
  public static final class Builder {
    private final TargetDialect dialect;
    private final String packageName;
    private Path migrations = Path.of("src/main/resources/db/migration");
    private Path outputDirectory = Path.of("target/generated-sources/rex");
    private @Nullable JdbcTarget database;
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private List<String> schemas = List.of();
    private NamingStrategy naming = new DefaultNamingStrategy();
    private boolean includePartitions;
    private @Nullable GraphQLOptions graphql;
    private @Nullable JdbcTarget server;

    private Builder(TargetDialect dialect, String packageName) {
      this.dialect = dialect;
      this.packageName = packageName;
    }

    /** The Flyway migrations directory; default {@code src/main/resources/db/migration}. */
    public Builder migrations(Path value) {
      this.migrations = value;
      return this;
    }

    /** Where sources go; default {@code target/generated-sources/rex}. */
    public Builder outputDirectory(Path value) {
      this.outputDirectory = value;
      return this;
    }

    /** Reads this existing database instead of migrating a throwaway one. */
    public Builder database(@Nullable JdbcTarget value) {
      this.database = value;
      return this;
    }

    /** Only tables matching one of these regular expressions are generated. */
    public Builder includes(List<String> value) {
      this.includes = value;
      return this;
    }

    /** Tables matching one of these regular expressions are not generated. */
    public Builder excludes(List<String> value) {
      this.excludes = value;
      return this;
    }

    /** The schemas to read; empty means the dialect's default schema. */
    public Builder schemas(List<String> value) {
      this.schemas = value;
      return this;
    }

    /** The naming strategy; default {@link DefaultNamingStrategy}. */
    public Builder naming(NamingStrategy value) {
      this.naming = value;
      return this;
    }

    /** Whether partitions of partitioned tables are generated too; default {@code false}. */
    public Builder includePartitions(boolean value) {
      this.includePartitions = value;
      return this;
    }

    /**
     * Also writes the GraphQL schema and the {@code GraphQLCatalog} class with {@code value};
     * {@code null} (the default) writes neither.
     */
    public Builder graphql(@Nullable GraphQLOptions value) {
      this.graphql = value;
      return this;
    }

    /**
     * Creates the throwaway database on this server instead of starting one, for a dialect that
     * cannot start its own; default {@code null}.
     */
    public Builder server(@Nullable JdbcTarget value) {
      this.server = value;
      return this;
    }

    /** The configuration. */
    public GeneratorConfig build() {
      List<String> read = schemas.isEmpty() ? List.of(dialect.defaultSchema()) : schemas;
      return new GeneratorConfig(
          dialect,
          packageName,
          migrations,
          outputDirectory,
          database,
          includes,
          excludes,
          read,
          naming,
          includePartitions,
          graphql,
          server);
    }
  }
}
