package dev.rex.codegen.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.JdbcTarget;
import dev.rex.migrate.MigrationFiles;
import dev.rex.migrate.MigrationFiles.Versioning;
import dev.rex.migrate.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables {@code rex:new} scaffolds, applied with Rex's migrations to a real database of one
 * dialect and undone again: the id numbers rows, {@code NOT NULL}, {@code UNIQUE}, defaults and
 * foreign keys (with cascade) hold, and the undo scripts drop the tables. A subclass supplies the
 * database and its {@link TableDdl}.
 */
public abstract class ScaffoldedTablesContract {

  /** Every kind of column, a reference with cascade, and defaults of each sort. */
  static final String ALBUM_COLUMNS =
      "title:text, code:string(12):unique, tracks:int:default=0, plays:bigint?,"
          + " price:decimal(10,2):default=9.99, rating:double?, explicit:bool:default=false,"
          + " released:date:default=now, added:timestamp:default=now, external:uuid?, meta:json?,"
          + " cover:bytes?, label:string?:default=it's \\ indie, artist_id:ref:cascade";

  @TempDir Path dir;

  /** An empty database of the dialect under test. */
  protected abstract JdbcTarget database() throws Exception;

  /** The dialect's spelling. */
  protected abstract TableDdl ddl();

  /** A connection to {@link #database()} with foreign keys enforced. */
  protected Connection connect() throws Exception {
    return database().connect();
  }

  @Test
  void scaffoldedTablesMigrateHoldTheirConstraintsAndUndo() throws Exception {
    write("create_artist", "artist", "name:string(120):unique");
    write("create_album", "album", ALBUM_COLUMNS);
    JdbcTarget target = database();
    Migrations migrations =
        Migrations.of(target.url(), target.user(), target.password(), "filesystem:" + dir);

    assertThat(migrations.migrate()).isEqualTo(2);

    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("insert into artist (name) values ('Miles')");
      long artist = single(statement, "select id from artist where name = 'Miles'");
      statement.executeUpdate(
          "insert into album (title, code, artist_id) values ('Blue', 'B1', " + artist + ")");
      try (ResultSet row =
          statement.executeQuery(
              "select id, tracks, price, explicit, released, added, label from album")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getLong("id")).isPositive();
        assertThat(row.getInt("tracks")).isZero();
        assertThat(row.getBigDecimal("price")).isEqualByComparingTo("9.99");
        assertThat(row.getBoolean("explicit")).isFalse();
        assertThat(row.getObject("released")).isNotNull();
        assertThat(row.getObject("added")).isNotNull();
        assertThat(row.getString("label")).isEqualTo("it's \\ indie");
      }
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "insert into album (title, code, artist_id) values (null, 'B2', "
                          + artist
                          + ")"))
          .as("not null")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "insert into album (title, code, artist_id) values ('x', 'B1', "
                          + artist
                          + ")"))
          .as("unique")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "insert into album (title, code, artist_id) values ('x', 'B3', 999999)"))
          .as("foreign key")
          .isInstanceOf(SQLException.class);
      statement.executeUpdate("delete from artist");
      assertThat(single(statement, "select count(*) from album")).as("cascade").isZero();
    }

    assertThat(migrations.undo(null)).containsExactly("2");
    assertThat(migrations.undo(null)).containsExactly("1");
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      for (String table : List.of("album", "artist")) {
        assertThatThrownBy(() -> statement.executeQuery("select count(*) from " + table).close())
            .as(table + " dropped")
            .isInstanceOf(SQLException.class);
      }
    }
  }

  private void write(String name, String table, String columns) throws Exception {
    CreateTable sql = CreateTable.of(ColumnSpecs.parse(table, columns), ddl());
    MigrationFiles.create(
        dir, name, Versioning.SEQUENTIAL, Clock.systemUTC(), sql.migration(), sql.undo());
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).isTrue();
      return rows.getLong(1);
    }
  }
}
