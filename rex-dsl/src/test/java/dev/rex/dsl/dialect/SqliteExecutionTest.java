package dev.rex.dsl.dialect;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.excluded;
import static dev.rex.dsl.DSL.field;
import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.name;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.table;
import static dev.rex.dsl.DSL.update;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.DSL.withRecursive;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.EMPLOYEE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Field;
import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered SQL and its binds, run on a real SQLite database file. */
class SqliteExecutionTest {

  private static final SqliteDialect SQLITE = SqliteDialect.INSTANCE;

  @TempDir Path directory;
  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("chinook.db"));
    try (Statement statement = connection.createStatement()) {
      statement.execute("create table artist (artist_id integer primary key, name varchar(120))");
      statement.execute(
          "create table album (album_id integer primary key, title varchar(160) not null,"
              + " artist_id integer not null)");
      statement.execute(
          "create table track (track_id integer primary key, name varchar(200) not null,"
              + " album_id integer, media_type_id integer not null, genre_id integer, composer"
              + " varchar(220), milliseconds integer not null, bytes integer, unit_price"
              + " numeric(10,2) not null)");
      statement.execute(
          "create table employee (employee_id integer primary key, last_name varchar(20) not"
              + " null, first_name varchar(20) not null, title varchar(30), reports_to integer,"
              + " hire_date datetime)");
      statement.execute("insert into artist values (1, 'AC/DC'), (2, 'Accept'), (3, 'Aerosmith')");
      statement.execute(
          "insert into album values (1, 'For Those About To Rock', 1), (2, 'Balls to the Wall',"
              + " 2), (3, 'Restless and Wild', 2)");
      statement.execute(
          "insert into track values (1, 'Fast As a Shark', 3, 1, 1, 'Dirkschneider', 230619,"
              + " 3990994, 0.99), (2, 'Restless', 3, 1, 1, null, 252051, 4331779, 1.99)");
      statement.execute(
          "insert into employee values (1, 'Adams', 'Andrew', 'General Manager', null, null), (2,"
              + " 'Edwards', 'Nancy', 'Sales Manager', 1, null), (3, 'Peacock', 'Jane', 'Sales',"
              + " 2, null)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  /** Runs {@code query} with its binds; returns the rows as lists of strings. */
  @SuppressWarnings("unchecked")
  private List<List<String>> run(Query query) throws SQLException {
    RenderedQuery rendered = query.render(SQLITE);
    try (PreparedStatement statement = connection.prepareStatement(rendered.sql())) {
      for (int i = 0; i < rendered.bindCount(); i++) {
        ((Binding<Object>) SQLITE.binding(rendered.bindType(i)))
            .set(statement, i + 1, rendered.bindValue(i));
      }
      List<List<String>> rows = new ArrayList<>();
      if (!statement.execute()) {
        rows.add(List.of("updated " + statement.getUpdateCount()));
        return rows;
      }
      try (ResultSet result = statement.getResultSet()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(result.getString(c));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  @Test
  void skipsRowsWithOffsetAlone() throws SQLException {
    assertThat(run(select(ALBUM.TITLE).from(ALBUM).orderBy(ALBUM.ALBUM_ID).offset(1)))
        .containsExactly(List.of("Balls to the Wall"), List.of("Restless and Wild"));
  }

  @Test
  void matchesLikeIgnoringCase() throws SQLException {
    assertThat(run(select(ARTIST.NAME).from(ARTIST).where(ARTIST.NAME.likeIgnoreCase("ac%"))))
        .containsExactly(List.of("AC/DC"), List.of("Accept"));
    assertThat(run(select(ARTIST.NAME).from(ARTIST).where(ARTIST.NAME.notLikeIgnoreCase("AC%"))))
        .containsExactly(List.of("Aerosmith"));
  }

  @Test
  void combinesLimitedOperandsAndOrdersTheCompound() throws SQLException {
    var query =
        select(ALBUM.TITLE)
            .from(ALBUM)
            .orderBy(ALBUM.TITLE.desc())
            .limit(1)
            .unionAll(select(ARTIST.NAME).from(ARTIST).orderBy(ARTIST.NAME).limit(1))
            .orderBy(ALBUM.TITLE)
            .limit(5)
            .offset(0);
    assertThat(run(query)).containsExactly(List.of("AC/DC"), List.of("Restless and Wild"));
  }

  @Test
  void walksARecursiveCte() throws SQLException {
    Field<Integer> id = field(name("chain", "id"), SQLDataType.INTEGER);
    Field<Integer> depth = field(name("chain", "depth"), SQLDataType.INTEGER);
    var chain =
        name("chain")
            .fields("id", "depth")
            .as(
                select(EMPLOYEE.EMPLOYEE_ID, val(0))
                    .from(EMPLOYEE)
                    .where(EMPLOYEE.REPORTS_TO.isNull())
                    .unionAll(
                        select(EMPLOYEE.EMPLOYEE_ID, depth.plus(1))
                            .from(EMPLOYEE)
                            .join(table(name("chain")))
                            .on(EMPLOYEE.REPORTS_TO.eq(id))));
    var query =
        withRecursive(chain)
            .select(EMPLOYEE.LAST_NAME, chain.field(depth))
            .from(EMPLOYEE)
            .join(chain)
            .on(chain.field(id).eq(EMPLOYEE.EMPLOYEE_ID))
            .orderBy(chain.field(depth));
    assertThat(run(query))
        .containsExactly(List.of("Adams", "0"), List.of("Edwards", "1"), List.of("Peacock", "2"));
  }

  @Test
  void upsertsAndReturnsTheStoredRow() throws SQLException {
    var upsert =
        insertInto(ARTIST)
            .set(ARTIST.ARTIST_ID, 1)
            .set(ARTIST.NAME, "AC-DC")
            .onConflict(ARTIST.ARTIST_ID)
            .doUpdate()
            .set(ARTIST.NAME, excluded(ARTIST.NAME))
            .where(ARTIST.NAME.ne("Keep"))
            .returning();
    assertThat(run(upsert)).containsExactly(List.of("1", "AC-DC"));
    assertThat(
            run(
                insertInto(ARTIST)
                    .set(ARTIST.ARTIST_ID, 1)
                    .set(ARTIST.NAME, "x")
                    .onConflictDoNothing()))
        .containsExactly(List.of("updated 0"));
  }

  @Test
  void updatesFromAnotherTableWithDecimalBinds() throws SQLException {
    var query =
        update(TRACK)
            .set(TRACK.UNIT_PRICE, new BigDecimal("0.49"))
            .from(ALBUM)
            .where(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID), ALBUM.TITLE.like("Restless%"))
            .returning(TRACK.TRACK_ID, TRACK.UNIT_PRICE);
    assertThat(run(query)).containsExactlyInAnyOrder(List.of("1", "0.49"), List.of("2", "0.49"));
    assertThat(run(select(count()).from(TRACK).where(TRACK.UNIT_PRICE.eq(new BigDecimal("0.49")))))
        .containsExactly(List.of("2"));
  }
}
