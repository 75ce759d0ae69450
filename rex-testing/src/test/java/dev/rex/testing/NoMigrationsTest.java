package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import org.junit.jupiter.api.Test;

/** An empty {@code migrations} array migrates nothing: the database starts empty. */
@RexTest(
    backend = Backend.SQLITE,
    migrations = {})
class NoMigrationsTest {

  @Test
  void theDatabaseIsEmpty(Rex db) {
    assertThat(((Number) db.fetchValue("select count(*) from sqlite_master")).longValue()).isZero();
    db.execute("create table note (text text)");
    db.execute("insert into note values ('written')");
    assertThat(((Number) db.fetchValue("select count(*) from note")).longValue()).isEqualTo(1);
  }
}
