package dev.rex.realtime;

/** What a change did to its table. */
public enum ChangeOperation {
  /** A row was inserted: the change has a new image and no old one. */
  INSERT,
  /** A row was updated: the change has both images. */
  UPDATE,
  /** A row was deleted: the change has an old image and no new one. */
  DELETE,
  /**
   * The table was truncated: the change has no images, and a subscriber should reload what it shows
   * of the table.
   */
  TRUNCATE
}
