package dev.rex.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void splitsAtTopLevelSemicolonsAndKnowsEachStatementsLine() {
    List<SqlScript.Statement> statements =
        SqlScript.split(
            "-- header; not a statement\n"
                + "create table a (x text default 'a;b');\n"
                + "/* block; comment */\n"
                + "insert into \"odd;name\" values (1);  insert into a values ('it''s');\n"
                + "-- trailing comment\n");

    assertThat(statements)
        .containsExactly(
            new SqlScript.Statement("create table a (x text default 'a;b')", 2),
            new SqlScript.Statement("insert into \"odd;name\" values (1)", 4),
            new SqlScript.Statement("insert into a values ('it''s')", 4));
  }

  @Test
  void keepsPostgresDollarQuotedBodiesWhole() {
    String function =
        "create function f() returns int language plpgsql as $body$\n"
            + "begin\n  perform 1; return 2;\nend\n$body$";
    List<SqlScript.Statement> statements =
        SqlScript.split(function + ";\nselect $$a;b$$;\n" + "drop function f");

    assertThat(statements)
        .extracting(SqlScript.Statement::sql)
        .containsExactly(function, "select $$a;b$$", "drop function f");
    assertThat(statements).extracting(SqlScript.Statement::line).containsExactly(1, 6, 7);
  }

  @Test
  void keepsSqliteTriggerBodiesWhole() {
    String trigger =
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            + "  update a set x = case when x is null then 'y' else x end;\n"
            + "  delete from b;\n"
            + "END";

    assertThat(SqlScript.split(trigger + ";\ndrop table b;"))
        .extracting(SqlScript.Statement::sql)
        .containsExactly(trigger, "drop table b");
  }

  @Test
  void anEmptyScriptHasNoStatements() {
    assertThat(SqlScript.split("-- nothing to undo\n\n")).isEmpty();
  }
}
