package dev.rex.dsl;

import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.EMPLOYEE;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.Employee;
import org.junit.jupiter.api.Test;

class KeyJoinTest {

  @Test
  void joinsAlongTheForeignKeyInEitherDirection() {
    assertRenders(
        select(ALBUM.TITLE, ARTIST.NAME).from(ALBUM).join(ARTIST).onKey(),
        "select \"album\".\"title\", \"artist\".\"name\" from \"album\" join \"artist\""
            + " on \"album\".\"artist_id\" = \"artist\".\"artist_id\"");
    assertRenders(
        select(ARTIST.NAME).from(ARTIST).leftJoin(ALBUM).onKey(),
        "select \"artist\".\"name\" from \"artist\" left join \"album\""
            + " on \"album\".\"artist_id\" = \"artist\".\"artist_id\"");
  }

  @Test
  void usesTheAliasesOfAliasedTables() {
    Table<?> a = ALBUM.as("a");
    assertRenders(
        select(ARTIST.NAME).from(ARTIST).join(a).onKey().and(ARTIST.NAME.eq("Nina")),
        "select \"artist\".\"name\" from \"artist\" join \"album\" as"
            + " \"a\" on (\"a\".\"artist_id\" = \"artist\".\"artist_id\" and"
            + " \"artist\".\"name\" = ?)",
        "Nina");
  }

  @Test
  void joinsASelfReferenceAlongANamedKeyWithTheJoinedTableAsTheReferencedOne() {
    Employee manager = EMPLOYEE.as("manager");
    ForeignKey<?, ?> reportsTo = EMPLOYEE.getReferences().get(0);

    assertRenders(
        select(EMPLOYEE.LAST_NAME, manager.LAST_NAME).from(EMPLOYEE).join(manager).onKey(reportsTo),
        "select \"employee\".\"last_name\", \"manager\".\"last_name\" from \"employee\" join"
            + " \"employee\" as \"manager\" on \"employee\".\"reports_to\" ="
            + " \"manager\".\"employee_id\"");
    assertThatThrownBy(() -> select(EMPLOYEE.LAST_NAME).from(EMPLOYEE).join(manager).onKey())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Several foreign keys")
        .hasMessageContaining("employee_reports_to_fkey");
  }

  @Test
  void refusesAJoinWithoutAForeignKey() {
    assertThatThrownBy(() -> select(ARTIST.NAME).from(ARTIST).join(TRACK).onKey())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No foreign key joins track to [artist]");
  }
}
