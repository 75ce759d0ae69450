package dev.rex.graphql;

import dev.rex.graphql.chinook.postgres.Tables;

/** The generated Chinook tables of each dialect as GraphQL catalogs. */
public final class ChinookCatalogs {

  private ChinookCatalogs() {}

  /** The catalog of {@code dialect}: {@code postgres} or {@code sqlite}. */
  public static Catalog of(String dialect) {
    return dialect.equals("postgres") ? postgres() : sqlite();
  }

  static Catalog postgres() {
    return Catalog.of(
        Tables.ALBUM,
        Tables.ARTIST,
        Tables.CUSTOMER,
        Tables.EMPLOYEE,
        Tables.GENRE,
        Tables.INVOICE,
        Tables.INVOICE_LINE,
        Tables.MEDIA_TYPE,
        Tables.PLAYLIST,
        Tables.PLAYLIST_TRACK,
        Tables.TRACK);
  }

  static Catalog sqlite() {
    return Catalog.of(
        dev.rex.graphql.chinook.sqlite.Tables.ALBUM,
        dev.rex.graphql.chinook.sqlite.Tables.ARTIST,
        dev.rex.graphql.chinook.sqlite.Tables.CUSTOMER,
        dev.rex.graphql.chinook.sqlite.Tables.EMPLOYEE,
        dev.rex.graphql.chinook.sqlite.Tables.GENRE,
        dev.rex.graphql.chinook.sqlite.Tables.INVOICE,
        dev.rex.graphql.chinook.sqlite.Tables.INVOICE_LINE,
        dev.rex.graphql.chinook.sqlite.Tables.MEDIA_TYPE,
        dev.rex.graphql.chinook.sqlite.Tables.PLAYLIST,
        dev.rex.graphql.chinook.sqlite.Tables.PLAYLIST_TRACK,
        dev.rex.graphql.chinook.sqlite.Tables.TRACK);
  }
}
