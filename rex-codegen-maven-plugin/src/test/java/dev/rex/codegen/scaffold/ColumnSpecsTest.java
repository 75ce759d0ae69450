package dev.rex.codegen.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing {@code rex:new}'s column specifications, and the message for each kind of mistake. */
class ColumnSpecsTest {

  @Test
  void parsesTheIssuesExample() {
    TableSpec table = ColumnSpecs.parse("users", "name:text, email:text:unique, age:int?");

    assertThat(table.name()).isEqualTo("users");
    assertThat(table.columns())
        .extracting(ColumnSpec::name, ColumnSpec::kind, ColumnSpec::nullable, ColumnSpec::unique)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", ColumnKind.TEXT, false, false),
            org.assertj.core.groups.Tuple.tuple("email", ColumnKind.TEXT, false, true),
            org.assertj.core.groups.Tuple.tuple("age", ColumnKind.INT, true, false));
  }

  @Test
  void parsesSizesDefaultsAndReferences() {
    TableSpec table =
        ColumnSpecs.parse(
            "sales.invoice",
            "code:string(12):unique, total:decimal(10,2):default=0,"
                + " artist_id:ref:cascade, owner:ref:users?, at:timestamp:default=2024-01-31T12:00:00,"
                + " note:varchar?:default=it's");

    assertThat(table.columns().get(0).arguments()).containsExactly(12);
    assertThat(table.columns().get(1).arguments()).containsExactly(10, 2);
    assertThat(table.columns().get(1).defaultValue()).isEqualTo("0");
    ColumnSpec artist = table.columns().get(2);
    assertThat(artist.references()).isEqualTo("artist");
    assertThat(artist.cascade()).isTrue();
    assertThat(artist.nullable()).isFalse();
    ColumnSpec owner = table.columns().get(3);
    assertThat(owner.references()).isEqualTo("users");
    assertThat(owner.nullable()).isTrue();
    assertThat(table.columns().get(4).defaultValue()).isEqualTo("2024-01-31T12:00:00");
    assertThat(table.columns().get(5).kind()).isEqualTo(ColumnKind.STRING);
    assertThat(table.columns().get(5).defaultValue()).isEqualTo("it's");
  }

  @Test
  void anUnknownTypeIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> ColumnSpecs.parse("users", "name:text, email:text, age:integr?"))
        .isInstanceOf(ColumnSpecException.class)
        .hasMessage(
            "Column 3 'age:integr?': unknown type 'integr'; known: text, string, int, bigint,"
                + " decimal, double, bool, date, timestamp, uuid, json, bytes, ref.");
  }

  @Test
  void eachMistakeNamesTheColumnAndThePart() {
    assertError("name", "Column 1 'name': no type; write name:type, types: text,");
    assertError("name:text,", "Column 2 '': the column is empty");
    assertError(
        "Name:text", "Column 1 'Name:text': the column name 'Name' is not lower-case snake case");
    assertError("name:text, name:int", "Column 2 'name:int': the column 'name' is given twice.");
    assertError("order:int", "the column name 'order' is a reserved word in SQL");
    assertError("id:int", "rex:new adds the id primary key itself");
    assertError("name:text:uniq", "unknown or repeated modifier 'uniq'");
    assertError("age:int:default=old", "'default=old' is not a int default; write an integer");
    assertError("ok:bool:default=yes", "write default=true or default=false");
    assertError("born:date:default=31.1.2024", "write default=now or a date");
    assertError("doc:json:default=x", "set it in the migration by hand");
    assertError("code:string(0)", "'0' in (0) is not a size from 1 to 9999");
    assertError("n:int(3)", "the type 'int' takes no size in parentheses, not (3)");
    assertError("d:decimal(2,5)", "decimal(2,5) has a scale larger than its precision");
    assertError("owner:ref", "a reference names its table: owner:ref:artist");
    assertError("a_id:ref:Bad", "the referenced table 'Bad' is not lower-case snake case");
    assertError("n:text:cascade", "unknown or repeated modifier 'cascade'; modifiers: unique");
    assertError("x".repeat(64) + ":text", "is longer than 63 characters");
  }

  @Test
  void badTableNamesAndMissingColumnsAreRefused() {
    assertThatThrownBy(() -> ColumnSpecs.parse("user", "name:text"))
        .isInstanceOf(ColumnSpecException.class)
        .hasMessageStartingWith("Table 'user': the table name 'user' is a reserved word in SQL");
    assertThatThrownBy(() -> ColumnSpecs.parse("a.b.c", "name:text"))
        .hasMessage("Table 'a.b.c': at most a schema and a table name: schema.table.");
    assertThatThrownBy(() -> ColumnSpecs.parse("9lives", "name:text"))
        .hasMessageContaining("not starting with a digit");
    assertThatThrownBy(() -> ColumnSpecs.parse("users", " "))
        .hasMessage("Table 'users' needs columns: -Drex.columns=\"name:text, age:int?\".");
  }

  private static void assertError(String columns, String message) {
    assertThatThrownBy(() -> ColumnSpecs.parse("things", columns))
        .isInstanceOf(ColumnSpecException.class)
        .hasMessageContaining(message);
  }
}
