package dev.rex.dsl.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.dialect.SqliteDialect;
import dev.rex.dsl.exception.InvalidNameException;
import dev.rex.dsl.exception.RexException;
import org.junit.jupiter.api.Test;

class DialectsTest {

  @Test
  void findsTheDialectForAJdbcUrl() {
    assertThat(Dialects.forUrl("jdbc:sqlite:x")).isInstanceOf(SqliteDialect.class);
    assertThat(Dialects.forUrl("jdbc:sqlite::memory:")).isInstanceOf(SqliteDialect.class);
    assertThat(Dialects.forUrl("jdbc:postgresql://localhost:5432/chinook?user=rex"))
        .isInstanceOf(PostgresDialect.class);
  }

  @Test
  void namesTheInstalledDialectsWhenNoneAcceptsTheUrlAndHidesItsQueryString() {
    assertThatThrownBy(() -> Dialects.forUrl("jdbc:mysql://db:3306/shop?password=secret"))
        .isInstanceOf(RexException.class)
        .hasMessage(
            "No Rex dialect accepts the JDBC URL jdbc:mysql://db:3306/shop?…. Installed dialects:"
                + " [postgres, sqlite]. For MySQL or MariaDB add the dev.rex:rex-mysql"
                + " dependency.")
        .message()
        .doesNotContain("secret");
  }

  @Test
  void findsDialectsThroughTheServiceLoader() {
    assertThat(Dialects.all())
        .hasSize(2)
        .extracting(Object::getClass)
        .containsExactly(PostgresDialect.class, SqliteDialect.class);
    assertThat(Dialects.all()).isSameAs(Dialects.all());
  }

  @Test
  void findsADialectByNameIgnoringCase() {
    assertThat(Dialects.named("postgres")).isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.named("SQLite")).isInstanceOf(SqliteDialect.class);
    assertThatThrownBy(() -> Dialects.named("oracle"))
        .isInstanceOf(RexException.class)
        .hasMessage(
            "There is no Rex dialect named 'oracle'. Installed dialects: [postgres, sqlite].");
  }

  @Test
  void redactsTheQueryStringAndUserInformation() {
    assertThat(Dialects.redact("jdbc:sqlite:app.db")).isEqualTo("jdbc:sqlite:app.db");
    assertThat(Dialects.redact("jdbc:sqlite:/data/a@b.db")).isEqualTo("jdbc:sqlite:/data/a@b.db");
    assertThat(Dialects.redact("jdbc:postgresql://h:5432/db"))
        .isEqualTo("jdbc:postgresql://h:5432/db");
    assertThat(Dialects.redact("jdbc:postgresql://h/db?password=x&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?…");
    assertThat(Dialects.redact("jdbc:mysql://root:secret@db:3306/shop"))
        .isEqualTo("jdbc:mysql://…@db:3306/shop");
    assertThat(Dialects.redact("jdbc:mariadb://u:p@ss@db?user=x"))
        .isEqualTo("jdbc:mariadb://…@db?…");
  }

  @Test
  void keepsPasswordsInTheUrlOutOfTheError() {
    assertThatThrownBy(() -> Dialects.forUrl("jdbc:mysql://root:secret@db:3306/shop"))
        .isInstanceOf(RexException.class)
        .hasMessageStartingWith("No Rex dialect accepts the JDBC URL jdbc:mysql://…@db:3306/shop.")
        .message()
        .doesNotContain("secret");
  }

  @Test
  void quotesIdentifiersAndDoublesEmbeddedQuotes() {
    StringBuilder sql = new StringBuilder();
    PostgresDialect.INSTANCE.quote(sql, "album");
    sql.append('.');
    PostgresDialect.INSTANCE.quote(sql, "say \"hi\"");
    sql.append('.');
    PostgresDialect.INSTANCE.quote(sql, "\"");
    assertThat(sql).hasToString("\"album\".\"say \"\"hi\"\"\".\"\"\"\"");
  }

  @Test
  void quotesSqliteIdentifiersWithBackticksSoThatNoneCanBecomeAString() {
    StringBuilder sql = new StringBuilder();
    SqliteDialect.INSTANCE.quote(sql, "album");
    sql.append('.');
    SqliteDialect.INSTANCE.quote(sql, "say `hi` \"there\"");
    sql.append('.');
    SqliteDialect.INSTANCE.quote(sql, "`");
    assertThat(sql).hasToString("`album`.`say ``hi`` \"there\"`.````");
  }

  @Test
  void refusesANulCharacterInAnIdentifierOnEveryDialect() {
    for (Dialect dialect : Dialects.all()) {
      assertThatThrownBy(() -> dialect.quote(new StringBuilder(), "a\0b"))
          .isInstanceOf(InvalidNameException.class)
          .hasMessageContaining("NUL");
    }
  }

  @Test
  void describesWhatEachDatabaseSupports() {
    Dialect postgres = PostgresDialect.INSTANCE;
    Dialect sqlite = SqliteDialect.INSTANCE;

    assertThat(postgres.name()).isEqualTo("postgres").isEqualTo(postgres.toString());
    assertThat(sqlite.name()).isEqualTo("sqlite").isEqualTo(sqlite.toString());
    assertThat(postgres.supportsIlike()).isTrue();
    assertThat(sqlite.supportsIlike()).isFalse();
    assertThat(postgres.supportsOffsetWithoutLimit()).isTrue();
    assertThat(sqlite.supportsOffsetWithoutLimit()).isFalse();
    assertThat(postgres.supportsParenthesizedSetOperands()).isTrue();
    assertThat(sqlite.supportsParenthesizedSetOperands()).isFalse();
    assertThat(postgres.supportsReturning()).isTrue();
    assertThat(sqlite.supportsReturning()).isTrue();
    assertThat(postgres.supportsOnConflict()).isTrue();
    assertThat(sqlite.supportsOnConflict()).isTrue();
    assertThat(postgres.acceptsUrl("jdbc:sqlite:x")).isFalse();
    assertThat(sqlite.acceptsUrl("jdbc:postgresql://x")).isFalse();
  }
}
