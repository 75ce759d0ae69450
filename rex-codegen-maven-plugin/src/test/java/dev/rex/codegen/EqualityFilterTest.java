package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.codegen.dialect.SqliteTarget;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeOperation;
import dev.rex.realtime.ChangePosition;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rex:subscribe}'s {@code -Drex.where} on every column type a user can type a value for,
 * checked by running the condition it builds against SQLite, and a change line with binary values.
 */
class EqualityFilterTest {

  @TempDir Path dir;
  private URLClassLoader loader;
  private Table<?> gadget;
  private Rex db;

  @BeforeEach
  void generateAndFillTheTypesSchema() throws Exception {
    Path out = dir.resolve("generated");
    new CodeGenerator(new RecordingLog())
        .generate(
            GeneratorConfig.builder(SqliteTarget.INSTANCE, "types.filter")
                .migrations(TestResources.path("/types/sqlite"))
                .outputDirectory(out)
                .build());
    loader = GeneratedSources.compile(dir.resolve("classes"), out).assertClean().classLoader();
    gadget = GeneratedTables.find(loader, "types.filter", "GADGET");
    JdbcTarget database = JdbcTarget.of("jdbc:sqlite:" + dir.resolve("app.db"));
    Migrator.migrate(database, TestResources.path("/types/sqlite"));
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into gadget (id, name, price, weight, ratio, flag, born, seen, data, code, big,"
              + " tiny) values (1, 'Widget', 9.50, 1.5, 0.25, 1, '2024-01-31',"
              + " '2024-01-31 10:15:30', x'010203', 'AB', 9000000000, 3)");
    }
    db = Rex.connect(database.url());
  }

  @AfterEach
  void close() throws Exception {
    db.close();
    loader.close();
  }

  @Test
  void parsesEachValueAsItsColumnsJavaType() {
    assertThat(matches("id=1")).isTrue();
    assertThat(matches("id=2")).isFalse();
    assertThat(matches("name=Widget, price=9.50")).isTrue();
    assertThat(matches("name=Widget,price=9.51")).isFalse();
    assertThat(matches("weight=1.5,ratio=0.25")).isTrue();
    assertThat(matches("flag=true")).isTrue();
    assertThat(matches("flag=no")).isFalse();
    assertThat(matches("born=2024-01-31")).isTrue();
    assertThat(matches("seen=2024-01-31T10:15:30")).isTrue();
    assertThat(matches("code=AB,big=9000000000,tiny=3")).isTrue();
  }

  @Test
  void refusesValuesOfTheWrongTypeAndColumnsThatCannotBeTypedIn() {
    assertThatThrownBy(() -> EqualityFilter.parse(gadget, "flag=maybe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot filter on flag='maybe': not a boolean.");
    assertThatThrownBy(() -> EqualityFilter.parse(gadget, "born=yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot filter on born='yesterday': ");
    assertThatThrownBy(() -> EqualityFilter.parse(gadget, "data=010203"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot filter on data='010203': a byte[] column cannot be compared from the command"
                + " line.");
    assertThatThrownBy(() -> EqualityFilter.parse(gadget, "id=1,=2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A filter is column=value[,column=value], not '=2'.");
  }

  @Test
  void findsGeneratedTablesIgnoringCaseOnlyWhenNoNameMatchesExactly() {
    assertThat(GeneratedTables.find(loader, "types.filter", "gadget").getName())
        .isEqualTo("gadget");
    assertThatThrownBy(() -> GeneratedTables.find(loader, "types.filter", "gadgets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it has gadget, keyed, pair, part.");
  }

  @Test
  void showsBinaryValuesByTheirLengthAndQuotesText() {
    Record row = db.selectFrom(gadget).fetch().get(0);
    String line = ChangeLine.format(change(row));

    assertThat(line)
        .startsWith("7 DELETE gadget old={id=1, name=\"Widget\", price=9.5,")
        .contains(" data=<3 bytes>, notes=null, code=\"AB\",");
  }

  private boolean matches(String filter) {
    return db.fetchCount(gadget, EqualityFilter.parse(gadget, filter)) == 1;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Change<?> change(Record row) {
    return new Change(
        new ChangePosition(7), gadget, ChangeOperation.DELETE, null, row, Instant.EPOCH);
  }
}
