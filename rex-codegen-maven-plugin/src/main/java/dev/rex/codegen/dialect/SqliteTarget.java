package dev.rex.codegen.dialect;

import dev.rex.codegen.TargetDialect;
import dev.rex.codegen.ThrowawayDatabase;
import dev.rex.codegen.scaffold.TableDdl;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.meta.AbstractDatabase;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.ForeignKeyDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UniqueKeyDefinition;
import org.jooq.meta.sqlite.SQLiteDatabase;
import org.jspecify.annotations.Nullable;

/**
 * SQLite for the generator: a temporary file as the throwaway database and jooq-meta's {@link
 * SQLiteDatabase} as the reader, with three corrections. An {@code INTEGER PRIMARY KEY} aliases the
 * rowid and so is an identity even without {@code AUTOINCREMENT}, which jooq-meta detects only for
 * some tables. Checks are read from the {@code CREATE TABLE} statement ({@link SqliteChecks}),
 * because jooq-meta misses unnamed column checks. Unnamed foreign keys, which jooq-meta names
 * {@code fk_<table>_<referenced key>}, are renamed after their columns. Type names follow SQLite's
 * affinity rules.
 */
public final class SqliteTarget implements TargetDialect {

  private static final Pattern WITHOUT_ROWID =
      Pattern.compile("\\bwithout\\s+rowid\\b", Pattern.CASE_INSENSITIVE);

  /** The shared instance; the dialect is stateless. */
  public static final SqliteTarget INSTANCE = new SqliteTarget();

  /** For {@link java.util.ServiceLoader}; prefer {@link #INSTANCE}. */
  public SqliteTarget() {}

  @Override
  public String configName() {
    return "sqlite";
  }

  @Override
  public String defaultSchema() {
    return "main";
  }

  @Override
  public ThrowawayDatabase startThrowawayDatabase() throws IOException {
    return TemporarySqliteDatabase.create();
  }

  @Override
  public AbstractDatabase newMetaDatabase() {
    return new SQLiteDatabase();
  }

  @Override
  public boolean readsNamedSchemas() {
    return false;
  }

  @Override
  public void checkSchemas(List<String> schemas) {
    if (!schemas.equals(List.of("main"))) {
      throw new IllegalArgumentException(
          "SQLite has one schema, 'main'; cannot read " + schemas + ".");
    }
  }

  /** A single-column primary key declared exactly {@code INTEGER} aliases the rowid. */
  @Override
  public boolean isImplicitIdentity(
      TableDefinition table, @Nullable UniqueKeyDefinition primary, ColumnDefinition column) {
    if (primary == null
        || primary.getKeyColumns().size() != 1
        || !primary.getKeyColumns().get(0).getName().equals(column.getName())) {
      return false;
    }
    String source = table.getSource();
    boolean withoutRowid = source != null && WITHOUT_ROWID.matcher(source).find();
    return !withoutRowid && column.getDefinedType().getType().equalsIgnoreCase("INTEGER");
  }

  @Override
  public List<CheckClause> checks(TableDefinition table) {
    String source = table.getSource();
    return SqliteChecks.scan(source == null ? "" : source).stream()
        .map(found -> new CheckClause(found.name(), found.clause()))
        .toList();
  }

  @Override
  public boolean hasMadeUpName(TableDefinition table, ForeignKeyDefinition foreignKey) {
    return foreignKey
        .getName()
        .equals("fk_" + table.getName() + "_" + foreignKey.getReferencedKey().getName());
  }

  /**
   * SQLite's type affinity rules (section 3.1 of its datatype documentation), in SQLite's order:
   * {@code INT} anywhere means an integer, {@code CHAR}, {@code CLOB} or {@code TEXT} a string,
   * {@code BLOB} bytes, {@code REAL}, {@code FLOA} or {@code DOUB} a double, anything else a
   * numeric. A column declared without a type stays unmapped.
   */
  @Override
  public @Nullable String standardTypeName(String name) {
    if (name.isEmpty()) {
      return null;
    }
    if (name.contains("int")) {
      return name.contains("big") ? "bigint" : "integer";
    }
    if (name.contains("char") || name.contains("clob") || name.contains("text")) {
      return "text";
    }
    if (name.contains("blob")) {
      return "blob";
    }
    if (name.contains("real") || name.contains("floa") || name.contains("doub")) {
      return "double";
    }
    return "numeric";
  }

  /** The driver has no schemas: tables are listed without a schema pattern. */
  @Override
  public @Nullable String metadataSchemaPattern(String schema) {
    return null;
  }

  @Override
  public TableDdl tableDdl() {
    return SqliteTableDdl.INSTANCE;
  }

  @Override
  public String toString() {
    return configName();
  }
}
