package dev.rex.testing.impl;

import dev.rex.testing.RexTestConfigurationException;

/** A PostgreSQL server on which each test database is a database of its own. */
final class PostgresServer implements DatabaseServer {

  private final String adminUrl;

  /** A server reached by {@code adminUrl}, with a user that may create databases. */
  PostgresServer(String adminUrl) {
    this.adminUrl = adminUrl;
  }

  String adminUrl() {
    return adminUrl;
  }

  @Override
  public String create() {
    String name = DatabaseServer.freshName();
    DatabaseServer.execute(adminUrl, "create database " + name);
    return Urls.withDatabase(adminUrl, name);
  }

  @Override
  public void drop(String url) {
    String name = Names.last(url);
    DatabaseServer.execute(adminUrl, "drop database if exists " + name + " with (force)");
  }

  /** Reads back the names this package made. */
  static final class Names {
    private Names() {}

    /** The database or schema name of a URL this package made. */
    static String last(String url) {
      int query = url.indexOf('?');
      String path = query < 0 ? url : url.substring(0, query);
      String name = path.substring(path.lastIndexOf('/') + 1);
      int schema = url.lastIndexOf("currentSchema=");
      if (schema >= 0) {
        name = url.substring(schema + "currentSchema=".length()).split("&", -1)[0];
      }
      if (!name.startsWith("rex_test_")) {
        throw new RexTestConfigurationException(
            "Refusing to drop " + name + ": Rex's tests did not create it.");
      }
      return name;
    }
  }
}
