package dev.rex.testing;

import dev.rex.fixtures.Schema;

/**
 * Where a behavioural suite's database comes from and how its fixture tables are emptied, per
 * dialect. PostgreSQL and SQLite are built in ({@link #of}); a dialect from another module (a
 * plugin's tests running the suites) gives its own.
 */
public interface FixtureDatabase {

  /** Creates a new, empty database and returns its JDBC URL. */
  String create();

  /** Drops the database made by {@link #create()}. */
  void drop(String url);

  /** The DDL of the artist and album fixture tables. */
  String ddl();

  /** The statements that empty the fixture tables and restart their generated keys. */
  String[] emptyTables();

  /** The built-in database of {@code dialect}: {@code postgres} or {@code sqlite}. */
  static FixtureDatabase of(String dialect) {
    boolean postgres = dialect.equals("postgres");
    return new FixtureDatabase() {
      @Override
      public String create() {
        return postgres ? TestDatabases.newPostgresDatabase() : TestDatabases.newSqliteDatabase();
      }

      @Override
      public void drop(String url) {
        if (postgres) {
          TestDatabases.dropPostgresDatabase(url);
        }
      }

      @Override
      public String ddl() {
        return Schema.ddl(dialect);
      }

      @Override
      public String[] emptyTables() {
        return postgres
            ? new String[] {"truncate album, artist restart identity cascade"}
            : new String[] {
              "delete from album", "delete from artist", "delete from sqlite_sequence"
            };
      }
    };
  }
}
