package dev.rex.mysql.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.scaffold.ColumnSpecException;
import dev.rex.codegen.scaffold.ColumnSpecs;
import dev.rex.codegen.scaffold.CreateTable;
import dev.rex.migrate.MigrationFiles;
import dev.rex.migrate.MigrationFiles.Versioning;
import dev.rex.migrate.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rex:new}'s tables in MySQL's spelling, migrated on MariaDB ({@code REX_TEST_MARIADB_URL};
 * skipped, saying so, when unset) and undone: the same checks as the plugin's PostgreSQL and SQLite
 * suites (ScaffoldedTablesContract), and the columns MySQL cannot index refused before anything is
 * written.
 */
class MysqlScaffoldedTablesTest {

  private static final String ALBUM_COLUMNS =
      "title:text, code:string(12):unique, tracks:int:default=0, plays:bigint?,"
          + " price:decimal(10,2):default=9.99, rating:double?, explicit:bool:default=false,"
          + " released:date:default=now, added:timestamp:default=now, external:uuid?, meta:json?,"
          + " cover:bytes?, label:string?:default=it's \\ indie, artist_id:ref:cascade";

  @TempDir Path dir;

  @Test
  void scaffoldedTablesMigrateHoldTheirConstraintsAndUndo() throws Exception {
    String url = MariaDb.newDatabase();
    try {
      write("create_artist", "artist", "name:string(120):unique");
      write("create_album", "album", ALBUM_COLUMNS);
      Migrations migrations = Migrations.of(url, null, null, "filesystem:" + dir);

      assertThat(migrations.migrate()).isEqualTo(2);
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        statement.executeUpdate("insert into artist (name) values ('Miles')");
        long artist = single(statement, "select id from artist where name = 'Miles'");
        statement.executeUpdate(
            "insert into album (title, code, artist_id) values ('Blue', 'B1', " + artist + ")");
        try (ResultSet row =
            statement.executeQuery(
                "select tracks, price, explicit, released, added, label from album")) {
          assertThat(row.next()).isTrue();
          assertThat(row.getInt("tracks")).isZero();
          assertThat(row.getBigDecimal("price")).isEqualByComparingTo("9.99");
          assertThat(row.getBoolean("explicit")).isFalse();
          assertThat(row.getObject("released")).isNotNull();
          assertThat(row.getObject("added")).isNotNull();
          assertThat(row.getString("label")).isEqualTo("it's \\ indie");
        }
        for (String values :
            List.of(
                "(null, 'B2', " + artist + ")",
                "('x', 'B1', " + artist + ")",
                "('x', 'B3', 999999)")) {
          assertThatThrownBy(
                  () ->
                      statement.executeUpdate(
                          "insert into album (title, code, artist_id) values " + values))
              .as(values)
              .isInstanceOf(SQLException.class);
        }
        statement.executeUpdate("delete from artist");
        assertThat(single(statement, "select count(*) from album")).as("cascade").isZero();
      }

      assertThat(migrations.undo(null)).containsExactly("2");
      assertThat(migrations.undo(null)).containsExactly("1");
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement()) {
        assertThat(
                single(
                    statement,
                    "select count(*) from information_schema.tables where table_schema ="
                        + " database() and table_name in ('album', 'artist')"))
            .isZero();
      }
    } finally {
      MariaDb.dropDatabase(url);
    }
  }

  @Test
  void unboundedColumnsThatMysqlCannotIndexAreRefused() {
    assertThatThrownBy(
            () ->
                CreateTable.of(
                    ColumnSpecs.parse("users", "email:text:unique"),
                    MysqlTarget.INSTANCE.tableDdl()))
        .isInstanceOf(ColumnSpecException.class)
        .hasMessage(
            "Column 1 'email:text:unique': MySQL cannot make a text column unique; use string"
                + " (varchar(255)) or string(n).");
    assertThatThrownBy(
            () ->
                CreateTable.of(
                    ColumnSpecs.parse("users", "bio:text:default=none"),
                    MysqlTarget.INSTANCE.tableDdl()))
        .hasMessageContaining("MySQL cannot make a text column default to a value");
  }

  private void write(String name, String table, String columns) throws Exception {
    CreateTable sql =
        CreateTable.of(ColumnSpecs.parse(table, columns), MysqlTarget.INSTANCE.tableDdl());
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
