package dev.rex.codegen;

import dev.rex.codegen.scaffold.TableDdl;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.meta.AbstractDatabase;
import org.jooq.meta.CheckConstraintDefinition;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.ForeignKeyDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UniqueKeyDefinition;
import org.jspecify.annotations.Nullable;

/**
 * What the generator needs to know about one database: how to start a throwaway copy, which
 * jooq-meta reader reads it, and where that reader's answers need correcting. The generator's core
 * asks these questions and never which database it reads.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} on the plugin's class path
 * ({@code META-INF/services/dev.rex.codegen.TargetDialect}): a dialect artifact added to the Rex
 * plugin's {@code <dependencies>} adds a database to {@code rex:generate} and {@code rex:realtime}.
 * It also brings the JDBC driver and Flyway's database module. The default methods suit a database
 * whose jooq-meta reader needs no correction. Implementations must be stateless.
 */
public interface TargetDialect {

  /** The name in the plugin configuration, lower case: {@code <dialect>name</dialect>}. */
  String configName();

  /** Other names the configuration may use for this dialect, lower case. The default is none. */
  default List<String> aliases() {
    return List.of();
  }

  /**
   * Whether this is the dialect used when the configuration names none. Exactly one installed
   * dialect should answer true. The default is false.
   */
  default boolean isDefault() {
    return false;
  }

  /** The schema that generated tables do not qualify their names with. */
  String defaultSchema();

  /**
   * Starts an empty database of this dialect that exists until it is closed.
   *
   * @throws IOException when it cannot be started; the message says why
   */
  ThrowawayDatabase startThrowawayDatabase() throws IOException;

  /**
   * A throwaway database on a server the user runs, for a dialect that cannot start one of its own
   * here: a new, empty database on the server behind {@code server}, dropped on close. The default
   * refuses: a dialect that starts its own throwaway database needs no server.
   *
   * @throws IOException when the database cannot be created
   */
  default ThrowawayDatabase throwawayDatabaseOn(JdbcTarget server) throws IOException {
    throw new IOException(
        "The " + configName() + " dialect does not create throwaway databases on a server.");
  }

  /**
   * Starts an empty database of this dialect in a Docker container of {@code image} (null: the
   * dialect's default image), with Testcontainers, for {@code <database>testcontainers</database>}.
   * The default refuses: only a dialect that knows an image runs in containers.
   *
   * @throws IOException when it cannot be started (no Docker daemon, say); the message says why
   */
  default ThrowawayDatabase startContainerDatabase(@Nullable String image) throws IOException {
    throw new IOException(
        "The "
            + configName()
            + " dialect does not start throwaway databases in containers; use"
            + " <database>embedded</database>.");
  }

  /** A new, unconfigured jooq-meta reader for this dialect. */
  AbstractDatabase newMetaDatabase();

  /**
   * Whether the jooq-meta reader is told which schemas to read. False for a database with one
   * schema, whose reader reads it whatever it is told. The default is true.
   */
  default boolean readsNamedSchemas() {
    return true;
  }

  /**
   * The schema a connection is on, for a database where that is a name the build does not know in
   * advance (MySQL's database, named in the URL): it is read as {@link #defaultSchema()}, and the
   * default schema the configuration names is read from it. The default is null: schemas are read
   * by their own names.
   */
  default @Nullable String connectedSchema(Connection connection) throws SQLException {
    return null;
  }

  /**
   * Checks the schemas the configuration asks to read.
   *
   * @throws IllegalArgumentException when the database cannot have them
   */
  default void checkSchemas(List<String> schemas) {}

  /**
   * The {@code schema.table} names of tables that are part of another table and are not generated
   * unless asked (partitions of a partitioned table). The default is none.
   */
  default Set<String> partitionTables(Connection connection) throws SQLException {
    return Set.of();
  }

  /**
   * Whether {@code column} gets its value from the database although jooq-meta does not report it
   * as an identity (a primary key that aliases a row id). The default is false.
   */
  default boolean isImplicitIdentity(
      TableDefinition table, @Nullable UniqueKeyDefinition primary, ColumnDefinition column) {
    return false;
  }

  /**
   * A column's default as the database's SQL, from what jooq-meta reported, or null for none. The
   * default is the report itself.
   */
  default @Nullable String columnDefault(@Nullable String reported) {
    return reported;
  }

  /**
   * The check constraints of {@code table}. The default is jooq-meta's {@code
   * getCheckConstraints()}.
   */
  default List<CheckClause> checks(TableDefinition table) {
    List<CheckClause> checks = new ArrayList<>();
    for (CheckConstraintDefinition check : table.getCheckConstraints()) {
      checks.add(new CheckClause(check.getName(), check.getCheckClause()));
    }
    return checks;
  }

  /**
   * Whether jooq-meta made up the name of {@code foreignKey} because the database has none: the
   * generator then names it after its columns. The default is false.
   */
  default boolean hasMadeUpName(TableDefinition table, ForeignKeyDefinition foreignKey) {
    return false;
  }

  /**
   * A type name the generator knows ({@code integer}, {@code text}, {@code blob}, …; see {@code
   * docs/type-mapping.md}) for a column type name it does not, or null to leave the column
   * unmapped.
   *
   * @param typeName the column's type name, lower case with single spaces
   */
  default @Nullable String standardTypeName(String typeName) {
    return null;
  }

  /**
   * The schema pattern that {@link java.sql.DatabaseMetaData#getTables} takes for {@code schema}.
   * The default is the schema itself.
   */
  default @Nullable String metadataSchemaPattern(String schema) {
    return schema;
  }

  /**
   * A check constraint as the database reports it.
   *
   * @param name its name, or null when it has none
   * @param clause its condition
   */
  record CheckClause(@Nullable String name, String clause) {}

  /**
   * How {@code rex:new} writes a {@code CREATE TABLE} for this database, or null when it cannot.
   * The default is null.
   */
  default @Nullable TableDdl tableDdl() {
    return null;
  }
}
