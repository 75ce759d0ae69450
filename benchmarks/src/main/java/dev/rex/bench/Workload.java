package dev.rex.bench;

/**
 * The inputs every library gets: the album ids looked up one per invocation, the limit of the list
 * benchmark, and the rows of the batch insert (made once, so no benchmark measures building
 * strings).
 */
public final class Workload {

  /** Album ids for the primary key lookup, cycled through one per invocation. */
  static final int[] ALBUM_IDS = {
    1, 17, 42, 99, 123, 150, 201, 222, 256, 270, 301, 320, 333, 3, 7, 347
  };

  /** Rows read by the list benchmark. */
  static final int TRACKS = 1_000;

  /** Rows written by the batch benchmark. */
  static final int BATCH_ROWS = 10_000;

  /** The artist name the render benchmark filters on. */
  static final String ARTIST_NAME = "AC/DC";

  /** Titles of the inserted albums. */
  static final String[] TITLES = new String[BATCH_ROWS];

  /** Artists of the inserted albums (all exist, so the foreign key holds). */
  static final int[] ARTIST_IDS = new int[BATCH_ROWS];

  static {
    for (int i = 0; i < BATCH_ROWS; i++) {
      TITLES[i] = "Benchmark album " + i;
      ARTIST_IDS[i] = 1 + i % 275;
    }
  }

  private int next;

  /** The next album id to look up. */
  int nextAlbumId() {
    int id = ALBUM_IDS[next];
    next = (next + 1) & (ALBUM_IDS.length - 1);
    return id;
  }
}
