package dev.rex.codegen.dialect;

import dev.rex.codegen.TargetDialect;
import dev.rex.codegen.ThrowawayDatabase;
import dev.rex.codegen.scaffold.TableDdl;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.meta.AbstractDatabase;
import org.jooq.meta.postgres.PostgresDatabase;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL for the generator: an embedded server (zonky's binaries from Maven Central) as the
 * throwaway database, jooq-meta's {@link PostgresDatabase} as the reader, and the partitions of
 * partitioned tables left out unless asked for. It is the default dialect.
 */
public final class PostgresTarget implements TargetDialect {

  /** The shared instance; the dialect is stateless. */
  public static final PostgresTarget INSTANCE = new PostgresTarget();

  /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
  public PostgresTarget() {}

  @Override
  public String configName() {
    return "postgres";
  }

  @Override
  public List<String> aliases() {
    return List.of("postgresql");
  }

  @Override
  public boolean isDefault() {
    return true;
  }

  @Override
  public String defaultSchema() {
    return "public";
  }

  @Override
  public ThrowawayDatabase startThrowawayDatabase() throws IOException {
    return EmbeddedPostgresDatabase.start();
  }

  /** A container of {@code image}, by default {@value PostgresContainerDatabase#DEFAULT_IMAGE}. */
  @Override
  public ThrowawayDatabase startContainerDatabase(@Nullable String image) throws IOException {
    return PostgresContainerDatabase.start(
        image == null ? PostgresContainerDatabase.DEFAULT_IMAGE : image);
  }

  @Override
  public AbstractDatabase newMetaDatabase() {
    return new PostgresDatabase();
  }

  @Override
  public Set<String> partitionTables(Connection connection) throws SQLException {
    String sql =
        "select n.nspname, c.relname from pg_catalog.pg_class c"
            + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace where c.relispartition";
    Set<String> names = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        names.add(rows.getString(1) + "." + rows.getString(2));
      }
    }
    return names;
  }

  @Override
  public TableDdl tableDdl() {
    return PostgresTableDdl.INSTANCE;
  }

  @Override
  public String toString() {
    return configName();
  }
}
