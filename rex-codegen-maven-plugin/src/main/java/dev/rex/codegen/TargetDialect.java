package dev.rex.codegen;

import java.util.Locale;
import org.jooq.meta.AbstractDatabase;
import org.jooq.meta.postgres.PostgresDatabase;
import org.jooq.meta.sqlite.SQLiteDatabase;

/** The databases the generator can read, with the jooq-meta reader and default schema of each. */
public enum TargetDialect {
  /** PostgreSQL; the throwaway database is an embedded PostgreSQL server. */
  POSTGRES("postgres", "public"),
  /** SQLite; the throwaway database is a temporary file. */
  SQLITE("sqlite", "main");

  private final String configName;
  private final String defaultSchema;

  TargetDialect(String configName, String defaultSchema) {
    this.configName = configName;
    this.defaultSchema = defaultSchema;
  }

  /**
   * The dialect named {@code name} in the plugin configuration: {@code postgres} (also {@code
   * postgresql}) or {@code sqlite}, in any case.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static TargetDialect fromName(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    if (key.equals("postgresql")) {
      return POSTGRES;
    }
    for (TargetDialect dialect : values()) {
      if (dialect.configName.equals(key)) {
        return dialect;
      }
    }
    throw new IllegalArgumentException(
        "Unknown dialect '" + name + "'; use 'postgres' or 'sqlite'.");
  }

  /** The name used in the plugin configuration. */
  public String configName() {
    return configName;
  }

  /**
   * The schema that generated tables do not qualify their names with ({@code public} or {@code
   * main}).
   */
  public String defaultSchema() {
    return defaultSchema;
  }

  /** A new, unconfigured jooq-meta reader for this dialect. */
  AbstractDatabase newMetaDatabase() {
    return this == POSTGRES ? new PostgresDatabase() : new SQLiteDatabase();
  }
}
