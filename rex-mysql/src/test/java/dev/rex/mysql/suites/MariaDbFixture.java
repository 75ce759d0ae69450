package dev.rex.mysql.suites;

import dev.rex.mysql.MysqlDialectTest;
import dev.rex.mysql.codegen.MariaDb;
import dev.rex.testing.FixtureDatabase;

/**
 * The runtime's behavioural suites on MariaDB: a database of their own on the server in {@code
 * REX_TEST_MARIADB_URL} (the suites skip, saying why, without it), with the artist and album
 * fixture tables.
 */
final class MariaDbFixture implements FixtureDatabase {

  static final MariaDbFixture INSTANCE = new MariaDbFixture();

  private MariaDbFixture() {}

  @Override
  public String create() {
    return MariaDb.newDatabase();
  }

  @Override
  public void drop(String url) {
    MariaDb.dropDatabase(url);
  }

  @Override
  public String ddl() {
    return MysqlDialectTest.DDL + ";\n";
  }

  @Override
  public String[] emptyTables() {
    return new String[] {
      "delete from album",
      "delete from artist",
      "alter table album auto_increment = 1",
      "alter table artist auto_increment = 1"
    };
  }
}
