package dev.rex.codegen.maven;

import dev.rex.codegen.CodeGenerator;
import dev.rex.codegen.DefaultNamingStrategy;
import dev.rex.codegen.GeneratorConfig;
import dev.rex.codegen.GeneratorLog;
import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.NamingStrategy;
import dev.rex.codegen.TargetDialects;
import dev.rex.graphql.model.NamingOverrides;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * The parameters {@code rex:generate} and {@code rex:graphql} share: where the schema comes from,
 * which tables are read, how they are named, and the GraphQL naming overrides. Both goals read the
 * schema the same way, so {@code rex:graphql} prints exactly what {@code rex:generate} writes.
 */
abstract class GeneratorMojo extends AbstractMojo {

  /**
   * The database: {@code postgres} (the default) or {@code sqlite}, or the name of a dialect from
   * another artifact added to the plugin's dependencies ({@code mysql}).
   */
  @Parameter(property = "rex.dialect")
  @Nullable String dialect;

  /** The base package of the generated code. */
  @Parameter(property = "rex.packageName")
  @Nullable String packageName;

  /** Reads this existing database instead of a migrated throwaway one. */
  @Parameter(property = "rex.generate.url")
  @Nullable String url;

  /** The user for {@code url}. */
  @Parameter(property = "rex.generate.user")
  @Nullable String user;

  /** The password for {@code url}. */
  @Parameter(property = "rex.generate.password")
  @Nullable String password;

  /**
   * A server on which the throwaway database is created (and dropped), for a dialect that cannot
   * start one of its own ({@code mysql}): {@code jdbc:mariadb://127.0.0.1:3306/?user=root}.
   */
  @Parameter(property = "rex.generate.server")
  @Nullable String server;

  /**
   * Where the throwaway database runs: {@code embedded} (the default; PostgreSQL from zonky's
   * binaries, or the dialect's own) or {@code testcontainers} (PostgreSQL in a Docker container of
   * {@code <image>}, so the code is generated against the server version production runs). An
   * existing database is {@code <url>}; a server to create it on, {@code <server>}.
   */
  @Parameter(property = "rex.generate.database", defaultValue = "embedded")
  @Nullable String database;

  /**
   * The Docker image of {@code <database>testcontainers</database>}; by default the dialect's
   * (PostgreSQL: {@code postgres:17}, the official image).
   */
  @Parameter(property = "rex.generate.image")
  @Nullable String image;

  /** The directory of Flyway SQL migrations. */
  @Parameter(
      property = "rex.migrations",
      defaultValue = "${project.basedir}/src/main/resources/db/migration")
  @Nullable File migrations;

  /** Regular expressions; when given, only matching tables are generated. */
  @Parameter @Nullable List<String> includes;

  /** Regular expressions of tables not to generate. */
  @Parameter @Nullable List<String> excludes;

  /** The schemas to read; default {@code public} (PostgreSQL) or {@code main} (SQLite). */
  @Parameter @Nullable List<String> schemas;

  /** Generates the partitions of partitioned PostgreSQL tables as tables of their own too. */
  @Parameter(property = "rex.includePartitions", defaultValue = "false")
  boolean includePartitions;

  /** A {@code dev.rex.codegen.NamingStrategy} class on the plugin's classpath. */
  @Parameter(property = "rex.namingStrategy")
  @Nullable String namingStrategy;

  /** GraphQL type names by table: {@code <album>Record</album>}. */
  @Parameter @Nullable Map<String, String> graphqlTypeNames;

  /**
   * GraphQL field names by {@code table.column}: {@code
   * <track.unit_price>price</track.unit_price>}.
   */
  @Parameter @Nullable Map<String, String> graphqlFieldNames;

  /** Tables left out of the GraphQL schema: {@code <table>audit_log</table>}. */
  @Parameter @Nullable List<String> graphqlHiddenTables;

  /** Columns left out of the GraphQL schema: {@code <column>customer.email</column>}. */
  @Parameter @Nullable List<String> graphqlHiddenColumns;

  /** Skips the goal. */
  @Parameter(property = "rex.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  @Nullable MavenProject project;

  /**
   * The configuration these parameters describe, for {@code packageName}.
   *
   * @throws IllegalArgumentException for a bad dialect, package or schema list
   */
  GeneratorConfig.Builder config(String packageName, File migrations)
      throws MojoExecutionException {
    return GeneratorConfig.builder(TargetDialects.named(dialect), packageName)
        .migrations(migrations.toPath())
        .database(url == null ? null : new JdbcTarget(url, user, password))
        .server(server == null || server.isBlank() ? null : new JdbcTarget(server, user, password))
        .includes(orEmpty(includes))
        .excludes(orEmpty(excludes))
        .schemas(orEmpty(schemas))
        .naming(naming())
        .includePartitions(includePartitions);
  }

  /** The generator, with the throwaway databases {@code <database>} asks for. */
  CodeGenerator generator() throws MojoExecutionException {
    GeneratorLog log = new MavenGeneratorLog(getLog());
    String choice = database == null ? "embedded" : database.strip().toLowerCase(Locale.ROOT);
    return switch (choice) {
      case "", "embedded" -> new CodeGenerator(log);
      case "testcontainers" -> {
        String container = image == null || image.isBlank() ? null : image.strip();
        yield new CodeGenerator(log, dialect -> dialect.startContainerDatabase(container));
      }
      default ->
          throw new MojoExecutionException(
              "<database> is embedded or testcontainers, not '"
                  + database
                  + "'; to read an existing database use <url>, to create the throwaway one on a"
                  + " server use <server>.");
    };
  }

  /** The configured GraphQL naming overrides. */
  NamingOverrides overrides() throws MojoExecutionException {
    NamingOverrides overrides = NamingOverrides.none();
    if (graphqlTypeNames != null) {
      for (Map.Entry<String, String> entry : graphqlTypeNames.entrySet()) {
        overrides = overrides.withTypeName(entry.getKey(), entry.getValue());
      }
    }
    if (graphqlFieldNames != null) {
      for (Map.Entry<String, String> entry : graphqlFieldNames.entrySet()) {
        String[] column = column("graphqlFieldNames", entry.getKey());
        overrides = overrides.withFieldName(column[0], column[1], entry.getValue());
      }
    }
    for (String table : orEmpty(graphqlHiddenTables)) {
      overrides = overrides.withHiddenTable(table);
    }
    for (String key : orEmpty(graphqlHiddenColumns)) {
      String[] column = column("graphqlHiddenColumns", key);
      overrides = overrides.withHiddenColumn(column[0], column[1]);
    }
    return overrides;
  }

  /** Whether the project declares a compile-time dependency on rex-graphql. */
  boolean projectUsesRexGraphql() {
    if (project == null) {
      return false;
    }
    for (Dependency dependency : project.getDependencies()) {
      String scope = dependency.getScope();
      if ("dev.rex".equals(dependency.getGroupId())
          && "rex-graphql".equals(dependency.getArtifactId())
          && (scope == null || scope.equals("compile") || scope.equals("provided"))) {
        return true;
      }
    }
    return false;
  }

  private String[] column(String parameter, String key) throws MojoExecutionException {
    int dot = key.lastIndexOf('.');
    if (dot <= 0 || dot == key.length() - 1) {
      throw new MojoExecutionException(
          "<" + parameter + "> names columns as table.column, not '" + key + "'.");
    }
    return new String[] {key.substring(0, dot), key.substring(dot + 1)};
  }

  private NamingStrategy naming() throws MojoExecutionException {
    if (namingStrategy == null) {
      return new DefaultNamingStrategy();
    }
    try {
      return Class.forName(namingStrategy, true, getClass().getClassLoader())
          .asSubclass(NamingStrategy.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new MojoExecutionException(
          "Cannot create naming strategy "
              + namingStrategy
              + "; it must implement NamingStrategy and have a public no-argument constructor.",
          e);
    }
  }

  static List<String> orEmpty(@Nullable List<String> values) {
    return values == null ? List.of() : values;
  }
}
