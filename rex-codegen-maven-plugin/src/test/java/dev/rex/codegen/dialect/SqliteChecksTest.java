package dev.rex.codegen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.dialect.SqliteChecks.Found;
import org.junit.jupiter.api.Test;

class SqliteChecksTest {

  @Test
  void findsNamedAndUnnamedChecksOutsideQuotes() {
    String sql =
        "CREATE TABLE \"check\" (a int CHECK (a > 0), b text default 'check (x)',"
            + " c int constraint \"c \"\"pos\" check(c > (1)), d int CONSTRAINT `d_ok` CHECK (d in ('(', ')')),"
            + " e int constraint e_ok check (e < 5), f int, unchecked int, check (f <> e), check)";

    assertThat(SqliteChecks.scan(sql))
        .containsExactly(
            new Found(null, "a > 0"),
            new Found("c \"pos", "c > (1)"),
            new Found("d_ok", "d in ('(', ')')"),
            new Found("e_ok", "e < 5"),
            new Found(null, "f <> e"));
    assertThat(SqliteChecks.scan("create table t (a int check (a > 0")).isEmpty();
  }
}
