package dev.rex.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The compiler is the guard: snippets against the generated Chinook code that a type checker must
 * reject do not compile, and the control snippet does.
 */
class TypeSafetyTest {

  private static String program(String body) {
    return """
        package snippet;

        import static dev.rex.dsl.DSL.*;
        import static dev.rex.it.chinook.Tables.*;

        import dev.rex.Rex;
        import dev.rex.dsl.Records;
        import java.math.BigDecimal;
        import java.util.List;

        class Snippet {
          record AlbumView(String title, String artist) {}
          record Priced(String name, BigDecimal price, Integer length) {}

          static void run(Rex db) {
        %s
          }
        }
        """
        .formatted(body);
  }

  private static Compiler.Outcome compile(String body) {
    return Compiler.compile("snippet.Snippet", program(body));
  }

  @Test
  void wellTypedQueriesCompile() {
    Compiler.Outcome outcome =
        compile(
            """
            List<AlbumView> rows = db.select(ALBUM.TITLE, ARTIST.NAME)
                .from(ALBUM).join(ARTIST).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                .where(ALBUM.TITLE.eq("Let There Be Rock"))
                .fetch(Records.mapping(AlbumView::new));
            db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values("New", 1).execute();
            """);

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.compiled()).isTrue();
  }

  @Test
  void aValueOfTheWrongTypeDoesNotCompile() {
    Compiler.Outcome outcome = compile("db.selectFrom(ALBUM).where(ALBUM.TITLE.eq(42)).fetch();");

    assertThat(outcome.compiled()).isFalse();
    assertThat(outcome.errors()).contains("eq");
  }

  @Test
  void comparingColumnsOfDifferentTypesDoesNotCompile() {
    Compiler.Outcome outcome =
        compile("db.selectFrom(ALBUM).where(ALBUM.TITLE.eq(ALBUM.ARTIST_ID)).fetch();");

    assertThat(outcome.compiled()).isFalse();
    assertThat(outcome.errors()).contains("eq");
  }

  @Test
  void anUnknownColumnDoesNotCompile() {
    Compiler.Outcome outcome = compile("db.select(ALBUM.TITEL).from(ALBUM).fetch();");

    assertThat(outcome.compiled()).isFalse();
    assertThat(outcome.errors()).contains("TITEL");
  }

  @Test
  void anUnknownTableDoesNotCompile() {
    Compiler.Outcome outcome = compile("db.selectFrom(ALBUMS).fetch();");

    assertThat(outcome.compiled()).isFalse();
    assertThat(outcome.errors()).contains("ALBUMS");
  }

  @Test
  void aProjectionOfTheWrongArityDoesNotCompile() {
    Compiler.Outcome outcome =
        compile(
            """
            List<AlbumView> rows = db.select(ALBUM.TITLE, ARTIST.NAME, ALBUM.ALBUM_ID)
                .from(ALBUM).join(ARTIST).on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                .fetch(Records.mapping(AlbumView::new));
            """);

    assertThat(outcome.compiled()).isFalse();
    assertThat(outcome.errors()).contains("Record3").contains("Record2");
  }

  @Test
  void aProjectionOfTheWrongTypesDoesNotCompile() {
    Compiler.Outcome outcome =
        compile(
            """
            List<Priced> rows = db.select(TRACK.NAME, TRACK.MILLISECONDS, TRACK.UNIT_PRICE)
                .from(TRACK).fetch(Records.mapping(Priced::new));
            """);

    assertThat(outcome.compiled()).isFalse();
  }

  @Test
  void insertingAValueOfTheWrongTypeDoesNotCompile() {
    Compiler.Outcome outcome =
        compile("db.insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values(\"New\", \"1\");");

    assertThat(outcome.compiled()).isFalse();
    assertThat(outcome.errors()).contains("values");
  }

  @Test
  void settingAValueOfTheWrongTypeDoesNotCompile() {
    Compiler.Outcome outcome = compile("db.update(TRACK).set(TRACK.MILLISECONDS, \"long\");");

    assertThat(outcome.compiled()).isFalse();
    assertThat(outcome.errors()).contains("set");
  }
}
