package dev.rex.dsl;

import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.selectFrom;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.dialect.SqliteDialect;
import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.spi.RowColumns;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RecordType#read}: how every kind of record type takes a row from an executor's {@link
 * RowColumns}, on real SQLite result sets. The columns here are what an executor plugin that
 * overrides nothing would give: every read through the column's binding.
 */
class RecordReadTest {

  @TempDir Path directory;
  private Connection connection;

  @BeforeEach
  void createAlbums() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("read.db"));
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create table album(album_id integer primary key, title text not null, artist_id integer"
              + " not null)");
      statement.execute("insert into album values (7, 'Let There Be Rock', 1)");
    }
  }

  private <R extends Record> R readFirst(RecordType<R> type, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).isTrue();
      return type.read(columns(rows, type.fields()), null);
    }
  }

  /** Columns read through SQLite's bindings, with RowColumns' own typed reads. */
  private static RowColumns columns(ResultSet rows, List<Field<?>> fields) {
    return new RowColumns() {
      @Override
      public @Nullable Object get(int index) throws SQLException {
        return SqliteDialect.INSTANCE.binding(fields.get(index).getDataType()).get(rows, index + 1);
      }

      @Override
      public @Nullable Object[] values() throws SQLException {
        @Nullable Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = get(i);
        }
        return values;
      }
    };
  }

  @Test
  void aTablesRowIsReadByTheTable() throws SQLException {
    AlbumRecord album =
        readFirst(ALBUM.recordType(), "select album_id, title, artist_id from album");

    assertThat(album.intoArray()).containsExactly(7, "Let There Be Rock", 1);
    assertThat(album.changed()).isFalse();
  }

  @Test
  void aProjectionReadsEveryValueInOrder() throws SQLException {
    RecordType<Record2<String, Integer>> type =
        select(ALBUM.TITLE, ALBUM.ALBUM_ID).from(ALBUM).recordType();

    Record2<String, Integer> row = readFirst(type, "select title, album_id from album");

    assertThat(row.value1()).isEqualTo("Let There Be Rock");
    assertThat(row.value2()).isEqualTo(7);
  }

  @Test
  void aDerivedTableReadsItsRowsAsItsInnerQueryDoes() throws SQLException {
    Table<AlbumRecord> derived = selectFrom(ALBUM).asTable("a");

    AlbumRecord album =
        readFirst(derived.recordType(), "select album_id, title, artist_id from album");

    assertThat(album.intoArray()).containsExactly(7, "Let There Be Rock", 1);
  }

  @Test
  void typedReadsReturnWhatGetReturns() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select album_id, title, artist_id, null from album")) {
      assertThat(rows.next()).isTrue();
      RowColumns columns =
          columns(rows, List.of(ALBUM.ALBUM_ID, ALBUM.TITLE, ALBUM.ARTIST_ID, bigint()));

      assertThat(columns.getInteger(0)).isEqualTo(7);
      assertThat(columns.getString(1)).isEqualTo("Let There Be Rock");
      assertThat(columns.getInteger(2)).isEqualTo(1);
      assertThat(columns.getLong(3)).isNull();
    }
  }

  /** The defaults an executor plugin inherits (Rex's own runtime: ResultSetColumnsTest). */
  @Test
  void primitiveReadsTellNullFromZero() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select 0, null, 5000000000")) {
      assertThat(rows.next()).isTrue();
      RowColumns columns = columns(rows, List.of(ALBUM.ALBUM_ID, ALBUM.ARTIST_ID, bigint()));

      assertThat(List.of(columns.intValue(0), columns.intValue(1))).containsExactly(0, 0);
      assertThat(List.of(columns.isNull(0), columns.isNull(1))).containsExactly(false, true);
      assertThat(columns.longValue(2)).isEqualTo(5_000_000_000L);
    }
  }

  private static Field<Long> bigint() {
    return DSL.field(DSL.name("n"), SQLDataType.BIGINT);
  }
}
