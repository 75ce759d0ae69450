package dev.rex.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The type-safety promises of the DSL, proven with the compiler: snippets that misuse it must not
 * compile, and the error must point at the misuse.
 */
class CompileFailureTest {

  private static final String MARKER = "/* offending */";

  @TempDir Path classes;

  /** Compiles {@code body} as the body of a method with {@code db} in scope. */
  private List<Diagnostic<? extends JavaFileObject>> compile(String body) {
    String source =
        """
        import static dev.rex.dsl.DSL.*;
        import static dev.rex.dsl.fixtures.Tables.*;
        import dev.rex.dsl.*;
        import java.util.List;

        class Snippet {
          record AlbumView(String title, String artist) {}
          record ThreeArgs(String title, String artist, Integer id) {}
          record WrongTypes(String title, Integer artist) {}

          void run(DSLContext db) {
            %s
          }
        }
        """
            .formatted(body);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of(
              "-proc:none",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString());
      compiler.getTask(null, files, diagnostics, options, null, List.of(new Source(source))).call();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .toList();
  }

  /** Asserts that exactly the marked line fails, with a message that mentions {@code words}. */
  private void assertFailsAtMarker(String body, String... words) {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(body);
    assertThat(errors).as("compile errors").isNotEmpty();
    long markerLine = 12 + body.lines().takeWhile(line -> !line.contains(MARKER)).count();
    for (Diagnostic<? extends JavaFileObject> error : errors) {
      assertThat(error.getLineNumber()).as(error.toString()).isEqualTo(markerLine);
    }
    String messages =
        String.join("\n", errors.stream().map(e -> e.getMessage(Locale.ROOT)).toList());
    assertThat(messages).contains(words);
  }

  @Test
  void compilesCorrectUse() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            Condition c = ALBUM.TITLE.eq("x").and(ALBUM.ARTIST_ID.eq(1));
            List<AlbumView> views =
                db.select(ALBUM.TITLE, ARTIST.NAME)
                    .from(ALBUM)
                    .join(ARTIST)
                    .on(ALBUM.ARTIST_ID.eq(ARTIST.ARTIST_ID))
                    .fetch(Records.mapping(AlbumView::new));
            insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values("x", 1);
            """);
    assertThat(errors).isEmpty();
  }

  @Test
  void compilesPreparedQueriesOfEachArity() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            Prepared1<Integer, dev.rex.dsl.fixtures.AlbumRecord> byId =
                db.prepare(Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)));
            dev.rex.dsl.fixtures.AlbumRecord one = byId.fetchOne(42);
            Prepared2<Integer, String, dev.rex.dsl.fixtures.AlbumRecord> two =
                db.prepare(
                    Integer.class,
                    String.class,
                    (a, t) -> db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(a), ALBUM.TITLE.eq(t)));
            Result<dev.rex.dsl.fixtures.AlbumRecord> rows = two.fetch(1, "x");
            Prepared3<Integer, String, Integer, dev.rex.dsl.fixtures.AlbumRecord> three =
                db.prepare(
                    Integer.class,
                    String.class,
                    Integer.class,
                    (a, t, n) ->
                        db.selectFrom(ALBUM)
                            .where(ALBUM.ARTIST_ID.eq(a).and(ALBUM.TITLE.ne(t)))
                            .orderBy(ALBUM.TITLE)
                            .limit(n));
            three.fetch(1, null, 10);
            """);
    assertThat(errors).isEmpty();
  }

  @Test
  void rejectsAPreparedQueryArgumentOfAnotherType() {
    assertFailsAtMarker(
        """
        Prepared1<Integer, dev.rex.dsl.fixtures.AlbumRecord> byId =
            db.prepare(Integer.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id)));
        byId.fetchOne("42"); \
        """
            + MARKER,
        "incompatible types",
        "java.lang.String cannot be converted to java.lang.Integer");
  }

  @Test
  void rejectsAPreparedQueryArgumentOfAnotherTypeInTheSecondPosition() {
    assertFailsAtMarker(
        """
        Prepared2<Integer, String, dev.rex.dsl.fixtures.AlbumRecord> two =
            db.prepare(
                Integer.class,
                String.class,
                (a, t) -> db.selectFrom(ALBUM).where(ALBUM.ARTIST_ID.eq(a), ALBUM.TITLE.eq(t)));
        two.fetch(1, 2); \
        """
            + MARKER,
        "incompatible types",
        "int cannot be converted to java.lang.String");
  }

  @Test
  void rejectsAPlaceholderComparedWithAColumnOfAnotherType() {
    assertFailsAtMarker(
        """
        Prepared1<String, dev.rex.dsl.fixtures.AlbumRecord> byId =
            db.prepare(String.class, id -> db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(id))); \
        """
            + MARKER,
        "eq");
  }

  @Test
  void rejectsComparingAColumnWithAValueOfAnotherType() {
    assertFailsAtMarker(
        "Condition c = ALBUM.TITLE.eq(42); " + MARKER,
        "no suitable method found for eq(int)",
        "int cannot be converted to java.lang.String");
  }

  @Test
  void rejectsReadingAProjectionAsARecordOfAnotherShape() {
    assertFailsAtMarker(
        """
        List<Record2<String, Integer>> rows = db.select(ARTIST.NAME, count()).from(ARTIST).fetch();
        Record3<String, Integer, Long> top = rows.get(0); \
        """
            + MARKER,
        "incompatible types",
        "Record2<java.lang.String,java.lang.Integer>",
        "Record3<java.lang.String,java.lang.Integer,java.lang.Long>");
  }

  @Test
  void rejectsAColumnTheTableDoesNotHave() {
    assertFailsAtMarker(
        "Object f = ALBUM.NO_SUCH_COLUMN; " + MARKER,
        "cannot find symbol",
        "variable NO_SUCH_COLUMN",
        "dev.rex.dsl.fixtures.Album");
  }

  @Test
  void rejectsAMapperOfAnotherArityThanTheProjection() {
    assertFailsAtMarker(
        """
        List<ThreeArgs> rows =
            db.select(ALBUM.TITLE, ARTIST.NAME).from(ALBUM).fetch(Records.mapping(ThreeArgs::new)); \
        """
            + MARKER,
        "Snippet.ThreeArgs",
        "Record3<T1,T2,T3>",
        "Record2<java.lang.String,java.lang.String>");
  }

  @Test
  void rejectsAMapperWhoseParameterTypesDoNotMatchTheProjection() {
    assertFailsAtMarker(
        """
        List<WrongTypes> rows =
            db.select(ALBUM.TITLE, ARTIST.NAME).from(ALBUM).fetch(Records.mapping(WrongTypes::new)); \
        """
            + MARKER,
        "Snippet.WrongTypes",
        "inference variable T2 has incompatible bounds",
        "java.lang.Integer");
  }

  @Test
  void rejectsInsertValuesOfTheWrongType() {
    assertFailsAtMarker(
        "insertInto(ALBUM, ALBUM.TITLE).values(42); " + MARKER,
        "no suitable method found for values(int)",
        "int cannot be converted to java.lang.String");
  }

  @Test
  void rejectsInsertValuesOfTheWrongArity() {
    assertFailsAtMarker(
        "insertInto(ALBUM, ALBUM.TITLE, ALBUM.ARTIST_ID).values(\"x\"); " + MARKER,
        "no suitable method found for values(java.lang.String)",
        "argument lists differ in length");
  }

  @Test
  void rejectsInsertingIntoAView() {
    assertFailsAtMarker(
        "insertInto(ALBUM_SUMMARY).set(ALBUM_SUMMARY.TITLE, \"x\"); " + MARKER,
        "insertInto",
        "WritableTable");
  }

  @Test
  void rejectsUpdatingOrDeletingFromAView() {
    assertFailsAtMarker("db.update(ALBUM_SUMMARY); " + MARKER, "update", "WritableTable");
    assertFailsAtMarker("deleteFrom(ALBUM_SUMMARY); " + MARKER, "deleteFrom", "WritableTable");
  }

  @Test
  void rejectsWritingBackARecordOfAView() {
    assertFailsAtMarker(
        "new dev.rex.dsl.fixtures.AlbumSummaryRecord().store(); " + MARKER, "store()");
  }

  @Test
  void rejectsAUnionOfRowsOfAnotherType() {
    assertFailsAtMarker(
        "select(ALBUM.TITLE).from(ALBUM).union(select(ALBUM.ALBUM_ID).from(ALBUM)); " + MARKER,
        "cannot be converted to dev.rex.dsl.Select<? extends dev.rex.dsl.Record1<java.lang.String>>");
  }

  @Test
  void compilesTheJooqShapedShortcuts() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            Integer count = db.fetchValue(selectCount().from(ALBUM));
            java.util.Map<Integer, String> titles =
                db.select(ALBUM.ALBUM_ID, ALBUM.TITLE).from(ALBUM).fetchMap(ALBUM.ALBUM_ID, ALBUM.TITLE);
            java.util.Map<Integer, List<String>> groups =
                db.selectFrom(ALBUM).fetchGroups(ALBUM.ARTIST_ID, ALBUM.TITLE);
            List<AlbumView> views = db.selectFrom(ALBUM).fetchInto(AlbumView.class);
            String[] names = db.selectFrom(ALBUM).fetchArray(ALBUM.TITLE);
            DSLContext same = DSL.using(db).dsl().configuration();
            Condition c = ALBUM.TITLE.equal("x").and(ALBUM.ARTIST_ID.add(1).greaterOrEqual(2));
            """);
    assertThat(errors).isEmpty();
  }

  @Test
  void rejectsLongComparisonNamesWithAValueOrFieldOfAnotherType() {
    assertFailsAtMarker(
        "Condition c = ALBUM.TITLE.equal(42); " + MARKER,
        "no suitable method found for equal(int)");
    assertFailsAtMarker(
        "Condition c = ALBUM.TITLE.greaterThan(ALBUM.ARTIST_ID); " + MARKER,
        "no suitable method found for greaterThan");
  }

  @Test
  void rejectsFetchValueMapAndArrayIntoOtherTypes() {
    assertFailsAtMarker(
        "Integer v = db.fetchValue(select(ALBUM.TITLE).from(ALBUM)); " + MARKER,
        "java.lang.String",
        "java.lang.Integer");
    assertFailsAtMarker(
        "java.util.Map<String, String> m = db.selectFrom(ALBUM).fetchMap(ALBUM.ALBUM_ID, ALBUM.TITLE); "
            + MARKER,
        "inference variable K has incompatible equality constraints java.lang.String,java.lang.Integer");
    assertFailsAtMarker(
        "String[] a = db.selectFrom(ALBUM).fetchArray(ALBUM.ALBUM_ID); " + MARKER,
        "inference variable T has incompatible bounds",
        "equality constraints: java.lang.Integer",
        "lower bounds: java.lang.String");
  }

  @Test
  void rejectsFetchIntoAListOfAnotherType() {
    assertFailsAtMarker(
        "List<String> ids = db.selectFrom(ALBUM).fetchInto(Integer.class); " + MARKER,
        "java.lang.Integer");
  }

  @Test
  void compilesRowValueExpressionsOfMatchingTypes() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            Condition a = row(ALBUM.ALBUM_ID, ALBUM.TITLE).eq(1, "x");
            Condition b = row(ALBUM.ALBUM_ID, ALBUM.TITLE).in(row(1, "x"), row(2, "y"));
            Condition c = row(ALBUM.ARTIST_ID, ALBUM.TITLE).ne(row(ALBUM.ALBUM_ID, ALBUM.TITLE));
            Field<AlbumView> v = row(ALBUM.TITLE, ALBUM.TITLE).mapping(AlbumView::new);
            List<AlbumView> views = db.select(v).from(ALBUM).fetch(Record1::value1);
            Condition d = row(ALBUM.ALBUM_ID, ALBUM.TITLE).in(List.of(row(1, "x"), row(2, "y")));
            Condition e = row(ALBUM.ARTIST_ID, ALBUM.TITLE).lt(2, "x").or(row(ALBUM.ALBUM_ID, ALBUM.TITLE).ge(row(1, "x")));
            Condition f = row(ALBUM.ARTIST_ID, ALBUM.TITLE).between(1, "a").and(row(2, "b"));
            Condition g = row(ALBUM.ARTIST_ID, ALBUM.TITLE).notIn(select(ARTIST.ARTIST_ID, ARTIST.NAME).from(ARTIST));
            """);
    assertThat(errors).isEmpty();
  }

  @Test
  void returningResultAndPlainSqlFieldsAreTypedByTheirArguments() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            ResultQuery<Record2<Integer, String>> u =
                update(ALBUM).set(ALBUM.TITLE, "x").returningResult(ALBUM.ALBUM_ID, ALBUM.TITLE);
            ResultQuery<Record1<String>> d = deleteFrom(ALBUM).returningResult(ALBUM.TITLE);
            Field<Integer> n = field("count(*)", Integer.class);
            Condition c = condition("? > ?", ALBUM.ALBUM_ID, 1);
            """);
    assertThat(errors).isEmpty();
    assertFailsAtMarker(
        "ResultQuery<Record2<String, String>> u = update(ALBUM).set(ALBUM.TITLE, \"x\")"
            + ".returningResult(ALBUM.ALBUM_ID, ALBUM.TITLE); "
            + MARKER,
        "incompatible types");
    assertFailsAtMarker(
        "Field<Integer> n = field(\"count(*)\", String.class); " + MARKER, "incompatible");
  }

  @Test
  void rejectsRowOrderBetweenAndSubqueriesOfOtherTypesOrDegrees() {
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).lt(row(ALBUM.TITLE, ALBUM.ALBUM_ID)); "
            + MARKER,
        "incompatible equality constraints");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).ge(1, 2); " + MARKER,
        "int cannot be converted to java.lang.String");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).between(1, \"a\").and(2, 3); " + MARKER,
        "int cannot be converted to java.lang.String");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).between(row(1, \"a\")).and(row(2)); "
            + MARKER,
        "Row1");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE)"
            + ".in(select(ARTIST.NAME, ARTIST.ARTIST_ID).from(ARTIST)); "
            + MARKER,
        "no suitable method found for in");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE)"
            + ".notIn(select(ARTIST.ARTIST_ID).from(ARTIST)); "
            + MARKER,
        "no suitable method found for notIn");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).in(List.of(row(1, 2))); " + MARKER,
        "no suitable method found for in");
  }

  @Test
  void rejectsRowsOfOtherTypesOrArities() {
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).eq(row(ALBUM.TITLE, ALBUM.ALBUM_ID)); "
            + MARKER,
        "incompatible equality constraints java.lang.Integer,java.lang.String");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).eq(1, 2); " + MARKER,
        "int cannot be converted to java.lang.String");
    assertFailsAtMarker(
        "Condition c = row(ALBUM.ALBUM_ID, ALBUM.TITLE).in(row(1, \"x\", 3)); " + MARKER,
        "no suitable method found for in(dev.rex.dsl.Row3");
  }

  @Test
  void rejectsARowMappingIntoAConstructorOfOtherTypesOrArity() {
    assertFailsAtMarker(
        "Field<WrongTypes> v = row(ALBUM.TITLE, ALBUM.TITLE).mapping(WrongTypes::new); " + MARKER,
        "invalid constructor reference",
        "java.lang.String cannot be converted to java.lang.Integer");
    assertFailsAtMarker(
        "Field<AlbumView> v = row(ALBUM.TITLE).mapping(AlbumView::new); " + MARKER, "AlbumView");
    assertFailsAtMarker(
        "Field<AlbumView> v = row(ALBUM.TITLE, ALBUM.TITLE).mapping(ThreeArgs::new); " + MARKER,
        "invalid constructor reference");
  }

  @Test
  void anAsteriskSelectsUntypedRecordsOnly() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            SelectFromStep<dev.rex.dsl.Record> a = select(ALBUM.asterisk(), ALBUM.TITLE);
            SelectFromStep<dev.rex.dsl.Record> b = db.select(asterisk());
            """);
    assertThat(errors).isEmpty();
    assertFailsAtMarker(
        "SelectFromStep<Record1<Object>> s = select(ALBUM.asterisk()); " + MARKER,
        "incompatible types");
  }

  @Test
  void extractTakesDateAndTimeFieldsOnly() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            Field<Integer> y = extract(INVOICE.INVOICE_DATE, DatePart.YEAR);
            Field<Integer> m = month(INVOICE.INVOICE_DATE);
            """);
    assertThat(errors).isEmpty();
    assertFailsAtMarker(
        "Field<Integer> y = extract(ALBUM.TITLE, DatePart.YEAR); " + MARKER, "java.lang.String");
    assertFailsAtMarker(
        "Field<String> y = year(INVOICE.INVOICE_DATE); " + MARKER, "incompatible types");
  }

  @Test
  void convertFromIsTypedByItsFunction() {
    List<Diagnostic<? extends JavaFileObject>> errors =
        compile(
            """
            Field<List<AlbumView>> v = multiset(select(ALBUM.TITLE, ALBUM.TITLE).from(ALBUM))
                .convertFrom(r -> r.map(Records.mapping(AlbumView::new)));
            """);
    assertThat(errors).isEmpty();
    assertFailsAtMarker(
        "Field<List<WrongTypes>> v = multiset(select(ALBUM.TITLE, ALBUM.TITLE).from(ALBUM))"
            + ".convertFrom(r -> r.map(Records.mapping(WrongTypes::new))); "
            + MARKER,
        "method map in interface dev.rex.dsl.Result<R> cannot be applied to given types");
    assertFailsAtMarker(
        "Field<Integer> n = ALBUM.TITLE.convertFrom(t -> t.length() > 1); " + MARKER,
        "incompatible types");
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String code) {
      super(URI.create("string:///Snippet.java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
