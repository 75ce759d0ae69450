package dev.rex.testing;

import dev.rex.dsl.DSLContext;

/** Reads the Chinook data the tests migrate. */
final class Chinook {

  /** The artists Chinook's migration inserts. */
  static final long ARTISTS = 275;

  private Chinook() {}

  static long count(DSLContext db, String table) {
    return ((Number) db.fetchValue("select count(*) from " + table)).longValue();
  }

  static long artistsNamed(DSLContext db, String name) {
    return ((Number) db.fetchValue("select count(*) from artist where name = ?", name)).longValue();
  }

  static void addArtist(DSLContext db, String name) {
    db.execute("insert into artist (name) values (?)", name);
  }
}
