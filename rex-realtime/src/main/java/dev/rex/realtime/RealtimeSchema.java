package dev.rex.realtime;

import dev.rex.dsl.exception.RexException;
import dev.rex.realtime.internal.CaptureTriggers;
import dev.rex.realtime.internal.CapturedTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL that turns change capture on: a migration that creates Rex's change log (when it is not
 * there yet) and the triggers that log every insert, update, delete (and, on PostgreSQL, truncate)
 * of some tables. {@code mvn rex:realtime -Drex.tables=album,track} writes it as the next
 * migration; {@code rex:migrate} or {@code Rex.migrate} then applies it like any other. The text is
 * idempotent: applying it again replaces the triggers, so it can be generated again after a table's
 * columns change (SQLite's triggers name each column).
 */
public final class RealtimeSchema {

  private RealtimeSchema() {}

  /**
   * The migration for {@code tables} of the database behind {@code connection}, whose columns and
   * primary keys it reads. A name may be qualified by its schema ({@code sales.invoice}).
   *
   * @throws IllegalArgumentException when a table does not exist
   * @throws RexException when the database is neither PostgreSQL nor SQLite, or cannot be read
   */
  public static String migration(Connection connection, List<String> tables) {
    try {
      String url = connection.getMetaData().getURL();
      boolean postgres = url.startsWith("jdbc:postgresql:");
      if (!postgres && !url.startsWith("jdbc:sqlite:")) {
        throw new RexException(
            "rex-realtime captures changes on PostgreSQL and SQLite, not at " + url);
      }
      List<CapturedTable> captured = new ArrayList<>();
      for (String table : tables) {
        captured.add(describe(connection.getMetaData(), table, postgres));
      }
      StringBuilder sql = new StringBuilder(resource(postgres ? "postgres" : "sqlite"));
      for (CapturedTable table : captured) {
        sql.append('\n');
        sql.append(postgres ? CaptureTriggers.postgres(table) : CaptureTriggers.sqlite(table));
      }
      return sql.toString();
    } catch (SQLException e) {
      throw new RexException("Could not read the tables to capture: " + e.getMessage(), e);
    }
  }

  private static CapturedTable describe(DatabaseMetaData meta, String name, boolean postgres)
      throws SQLException {
    int dot = name.indexOf('.');
    String schema = dot < 0 ? (postgres ? "public" : null) : name.substring(0, dot);
    String table = dot < 0 ? name : name.substring(dot + 1);
    List<CapturedTable.Column> columns = new ArrayList<>();
    String actualName = table;
    try (ResultSet rows = meta.getColumns(null, schema, table, null)) {
      while (rows.next()) {
        actualName = rows.getString("TABLE_NAME");
        String type =
            rows.getString("TYPE_NAME") == null
                ? ""
                : rows.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
        columns.add(
            new CapturedTable.Column(
                rows.getString("COLUMN_NAME"),
                type.contains("BLOB"),
                type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")));
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(
          "Realtime capture: there is no table '" + name + "' in the database.");
    }
    Map<Integer, String> keys = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
      while (rows.next()) {
        keys.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    return new CapturedTable(
        schema == null ? "" : schema, actualName, columns, List.copyOf(keys.values()));
  }

  private static String resource(String dialect) {
    String name = dialect + "-change-log.sql";
    try (InputStream in = RealtimeSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("rex-realtime's jar lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + name, e);
    }
  }
}
