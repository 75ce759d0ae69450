package dev.rex.testing.impl;

/**
 * An existing PostgreSQL database given by URL, on which each test database is a new schema (only
 * the privilege to create schemas is needed): its URL sets {@code currentSchema}, so unqualified
 * names and Flyway's history table land in it.
 */
final class SchemaServer implements DatabaseServer {

  private final String url;

  SchemaServer(String url) {
    this.url = url;
  }

  @Override
  public String create() {
    String name = DatabaseServer.freshName();
    DatabaseServer.execute(url, "create schema " + name);
    return Urls.withParameter(url, "currentSchema", name);
  }

  @Override
  public void drop(String schemaUrl) {
    String name = PostgresServer.Names.last(schemaUrl);
    DatabaseServer.execute(url, "drop schema if exists " + name + " cascade");
  }
}
