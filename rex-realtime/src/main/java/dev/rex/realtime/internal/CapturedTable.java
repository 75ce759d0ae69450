package dev.rex.realtime.internal;

import java.util.List;

/**
 * A table whose changes are captured, as the database describes it.
 *
 * @param schema its schema ({@code ""} on SQLite)
 * @param name its name
 * @param columns its columns in order
 * @param primaryKey the names of its primary key's columns (empty when it has none)
 */
public record CapturedTable(
    String schema, String name, List<Column> columns, List<String> primaryKey) {

  /**
   * A column.
   *
   * @param name its name
   * @param binary whether it holds bytes (logged as hex on SQLite)
   * @param floating whether it holds floating-point numbers (logged with 17 digits on SQLite, whose
   *     JSON functions keep only 15)
   */
  public record Column(String name, boolean binary, boolean floating) {}
}
