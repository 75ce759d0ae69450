package dev.rex.coldstart;

import static dev.rex.fixtures.Artist.ARTIST;

import dev.rex.Rex;

/**
 * What a cold process does: {@code Rex.connect} with the defaults and one typed query by primary
 * key. Run in a fresh JVM by {@link FirstQueryClassesTest}; prints the row's name.
 */
public final class FirstQuery {

  private FirstQuery() {}

  public static void main(String[] args) {
    try (Rex db = Rex.connect(args[0])) {
      System.out.println(
          "name=" + db.selectFrom(ARTIST).where(ARTIST.ARTIST_ID.eq(1)).fetchOne().getName());
    }
  }
}
