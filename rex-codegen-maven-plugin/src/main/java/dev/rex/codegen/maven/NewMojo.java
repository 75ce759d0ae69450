package dev.rex.codegen.maven;

import dev.rex.codegen.TargetDialect;
import dev.rex.codegen.TargetDialects;
import dev.rex.codegen.scaffold.ColumnSpecException;
import dev.rex.codegen.scaffold.ColumnSpecs;
import dev.rex.codegen.scaffold.CreateTable;
import dev.rex.codegen.scaffold.TableDdl;
import dev.rex.codegen.scaffold.TableSpec;
import dev.rex.migrate.MigrationFiles;
import dev.rex.migrate.MigrationFiles.Versioning;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * {@code rex:new -Drex.name=add_invoices}: creates the next migration {@code
 * V<n>__add_invoices.sql} and its undo script {@code U<n>__add_invoices.sql}. Needs no database.
 *
 * <p>With a table and columns it scaffolds the table: {@code mvn rex:new -Drex.table=users
 * -Drex.columns="name:text, email:text:unique, age:int?"} writes {@code V<n>__create_users.sql}
 * with the {@code CREATE TABLE} (an {@code id} primary key, {@code NOT NULL} unless {@code ?}) in
 * the project's dialect, and {@code U<n>__create_users.sql} with the {@code DROP TABLE}. A bad
 * specification fails the build naming the part that is wrong, and nothing is written.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

  /** What the migration does, such as {@code add_invoices}; default {@code create_<table>}. */
  @Parameter(property = "rex.name")
  @Nullable String name;

  /** A table to create: {@code users}, or {@code schema.users}. Needs {@code columns}. */
  @Parameter(property = "rex.table")
  @Nullable String table;

  /**
   * The table's columns besides {@code id}, comma-separated: {@code name:type[?][:unique]
   * [:default=value]}; a reference is {@code artist_id:ref:artist[:cascade]}. See docs/cli.md.
   */
  @Parameter(property = "rex.columns")
  @Nullable String columns;

  /**
   * The database whose SQL a table is written in; default: the {@code <dialect>} the build
   * configures for this plugin, else the default dialect.
   */
  @Parameter(property = "rex.dialect")
  @Nullable String dialect;

  /** {@code sequential} (after the highest version) or {@code timestamp} (UTC time). */
  @Parameter(property = "rex.versioning", defaultValue = "sequential")
  String versioning = "sequential";

  /** The directory of Flyway SQL migrations. */
  @Parameter(
      property = "rex.migrations",
      defaultValue = "${project.basedir}/src/main/resources/db/migration")
  @Nullable File migrations;

  @Parameter(defaultValue = "${project}", readonly = true)
  @Nullable MavenProject project;

  Clock clock = Clock.systemUTC();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (migrations == null) {
      throw new MojoExecutionException("rex:new needs <migrations>.");
    }
    if (table == null && columns == null) {
      if (name == null) {
        throw new MojoExecutionException(
            "rex:new needs a name: -Drex.name=add_invoices, or a table:"
                + " -Drex.table=users -Drex.columns=\"name:text, age:int?\".");
      }
      write(name, null);
      return;
    }
    if (table == null || columns == null) {
      throw new MojoFailureException(
          "rex:new needs both -Drex.table and -Drex.columns to create a table: -Drex.table=users"
              + " -Drex.columns=\"name:text, email:text:unique, age:int?\".");
    }
    CreateTable sql;
    try {
      TableSpec spec = ColumnSpecs.parse(table, columns);
      sql = CreateTable.of(spec, ddl());
    } catch (ColumnSpecException | IllegalArgumentException e) {
      throw new MojoFailureException("rex:new failed: " + e.getMessage(), e);
    }
    write(name != null ? name : "create_" + table.strip().replace('.', '_'), sql);
  }

  private TableDdl ddl() throws MojoFailureException {
    TargetDialect target = TargetDialects.named(ConfiguredDialect.of(dialect, project, "new"));
    TableDdl ddl = target.tableDdl();
    if (ddl == null) {
      throw new MojoFailureException(
          "rex:new cannot write tables for the " + target.configName() + " dialect.");
    }
    return ddl;
  }

  private void write(String migrationName, @Nullable CreateTable sql)
      throws MojoExecutionException {
    if (migrations == null) {
      throw new MojoExecutionException("rex:new needs <migrations>.");
    }
    try {
      Versioning how = Versioning.fromName(versioning);
      MigrationFiles.Created created =
          sql == null
              ? MigrationFiles.create(migrations.toPath(), migrationName, how, clock)
              : MigrationFiles.create(
                  migrations.toPath(), migrationName, how, clock, sql.migration(), sql.undo());
      getLog().info("Created " + created.migration() + " and " + created.undo() + ".");
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("rex:new failed: " + e.getMessage(), e);
    }
  }
}
