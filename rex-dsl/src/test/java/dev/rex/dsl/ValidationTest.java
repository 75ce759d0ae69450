package dev.rex.dsl;

import static dev.rex.dsl.fixtures.Gadget.GADGET;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.ValidationException;
import dev.rex.dsl.fixtures.GadgetRecord;
import dev.rex.dsl.fixtures.Rating;
import dev.rex.dsl.fixtures.RecordingExecutor;
import dev.rex.dsl.spi.Dialect;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.ValidationRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static GadgetRecord valid() {
    return new GadgetRecord().setName("Lamp").setPrice(new BigDecimal("9.99"));
  }

  private static List<String> constraints(List<Violation> violations) {
    return violations.stream().map(Violation::constraint).toList();
  }

  @Test
  void aRecordThatKeepsEveryConstraintHasNoViolations() {
    assertThat(valid().validate()).isEmpty();
    assertThat(valid().setQty(99).setKind("b").validate()).isEmpty();
  }

  @Test
  void aNewRecordMustSetNotNullColumnsWithoutADefault() {
    List<Violation> violations = new GadgetRecord().validate();

    assertThat(violations)
        .extracting(Violation::column)
        .containsExactly("name", "price"); // id is generated, kind has a default
    assertThat(violations.get(0))
        .isEqualTo(
            new Violation(
                "gadget",
                "name",
                "not null",
                null,
                "gadget.name must be set: the column is not null and has no default."));
  }

  @Test
  void anExplicitNullBreaksNotNullEvenWithADefault() {
    List<Violation> violations = valid().setKind(null).validate();

    assertThat(violations).singleElement().satisfies(v -> assertThat(v.column()).isEqualTo("kind"));
    assertThat(violations.get(0).message()).isEqualTo("gadget.kind must not be null.");
  }

  @Test
  void textLongerThanTheDeclaredLengthIsReportedInCharacters() {
    assertThat(valid().setName("éééééééééé").validate()).isEmpty();
    List<Violation> violations = valid().setName("Lampshade XL").validate();

    assertThat(constraints(violations)).containsExactly("length <= 10");
    assertThat(violations.get(0).value()).isEqualTo("Lampshade XL");
    assertThat(violations.get(0).message())
        .isEqualTo("gadget.name may be at most 10 characters long, but \"Lampshade XL\" has 12.");
  }

  @Test
  void numbersMustFitTheDeclaredPrecisionAfterRoundingToTheScale() {
    assertThat(valid().setPrice(new BigDecimal("999.994")).validate()).isEmpty();
    assertThat(valid().setPrice(new BigDecimal("0.001")).validate()).isEmpty();

    List<Violation> violations = valid().setPrice(new BigDecimal("999.995")).validate();

    assertThat(constraints(violations)).containsExactly("numeric(5, 2)");
    assertThat(violations.get(0).message())
        .isEqualTo(
            "gadget.price may have at most 3 digits before the decimal point (numeric(5, 2)), but"
                + " 999.995 has 4.");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void enumValuesMustBeOneOfTheType() {
    GadgetRecord gadget = valid().set(GADGET.RATING, Rating.G);
    assertThat(gadget.validate()).isEmpty();

    gadget.set((Field) GADGET.RATING, "X");

    assertThat(gadget.validate())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.constraint()).isEqualTo("enum mpaa_rating");
              assertThat(v.message())
                  .isEqualTo("gadget.rating must be one of G, PG-13, NC-17, but is \"X\".");
            });
  }

  @Test
  void checksOfTheTableAreEvaluatedAndNamed() {
    List<Violation> violations =
        valid().setPrice(new BigDecimal("-1")).setKind("c").setName("L").setQty(13).validate();

    assertThat(constraints(violations))
        .containsExactly(
            "gadget_price_check", "gadget_kind_check", "gadget_name_check", "gadget_qty_check");
    assertThat(violations.get(0).message())
        .isEqualTo("gadget.price must satisfy price >= 0 (check gadget_price_check), but is -1.");
    assertThat(violations.get(1).message())
        .isEqualTo(
            "gadget.kind must satisfy kind in ('a', 'b') (check gadget_kind_check), but is"
                + " \"c\".");
    assertThat(violations.get(2).message()).contains("length(name) >= 2");
    assertThat(constraints(valid().setQty(100).validate())).containsExactly("gadget_qty_check");
  }

  @Test
  void insertThrowsEveryViolationBeforeSendingAnything() {
    RecordingExecutor executor = new RecordingExecutor(PG);
    GadgetRecord gadget =
        executor.context().newRecord(GADGET).setName("Lampshade XL").setPrice(null);

    assertThatThrownBy(gadget::insert)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::column)
                  .containsExactly("name", "price");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Nothing was written to gadget: 2 rules are broken.\n"
                          + "  gadget.name may be at most 10 characters long, but \"Lampshade XL\""
                          + " has 12.\n"
                          + "  gadget.price must not be null.");
            });
    assertThatThrownBy(gadget::store).isInstanceOf(ValidationException.class);
    assertThat(executor.statements()).isEmpty();

    executor.willReturn(new Object[] {1, "Lamp", BigDecimal.ONE, "a", null, null, null});
    gadget.setName("Lamp").setPrice(BigDecimal.ONE).insert();
    assertThat(executor.statements()).hasSize(1);
  }

  @Test
  void updateValidatesOnlyWhenSomethingChanged() {
    RecordingExecutor executor =
        new RecordingExecutor(PG)
            .willReturn(new Object[] {1, "Lamp", BigDecimal.ONE, "a", null, null, null});
    GadgetRecord gadget = executor.context().selectFrom(GADGET).fetchSingle();

    assertThat(gadget.update()).isZero();
    gadget.setPrice(new BigDecimal("-5"));

    assertThatThrownBy(gadget::update)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("gadget_price_check");
    assertThat(executor.statements()).hasSize(1); // only the select
  }

  @Test
  void applicationRulesOfTheExecutorRunAfterTheDeclaredConstraints() {
    RecordingExecutor recording = new RecordingExecutor(PG);
    Validator<GadgetRecord> noLamps =
        Validator.field(GADGET.NAME, "no lamps", name -> !name.contains("Lamp"), "No lamps.");
    QueryExecutor executor = new RuledExecutor(recording, noLamps);
    GadgetRecord gadget = GADGET.newRecord().attach(executor).setName("Lamp");

    assertThatThrownBy(gadget::insert)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::constraint)
                    .containsExactly("not null", "no lamps"));
    assertThat(recording.statements()).isEmpty();
  }

  @Test
  void violationsCollectsFieldAndRecordRules() {
    GadgetRecord gadget = valid();
    Violations violations =
        new Violations(gadget, "gadget")
            .add(GADGET.NAME, "rule", "Bad name.")
            .add("whole", "Bad gadget.")
            .addAll(List.of(new Violation("x", null, "c", null, "Other.")));

    assertThat(violations.isEmpty()).isFalse();
    assertThat(violations.list())
        .containsExactly(
            new Violation("gadget", "name", "rule", "Lamp", "Bad name."),
            new Violation("gadget", null, "whole", null, "Bad gadget."),
            new Violation("x", null, "c", null, "Other."));
    assertThat(violations.list().get(0)).hasToString("Bad name.");
    assertThat(new Violations(gadget, "gadget").isEmpty()).isTrue();
  }

  @Test
  void validationExceptionNamesSeveralTablesAndNeedsAViolation() {
    ValidationException e =
        new ValidationException(
            List.of(
                new Violation("a", "x", "c", 1, "One."), new Violation("b", "y", "c", 2, "Two.")));
    assertThat(e.getMessage()).startsWith("Nothing was written to 2 tables: 2 rules are broken.");
    assertThat(new ValidationException(List.of(new Violation("a", null, "c", null, "One."))))
        .hasMessage("Nothing was written to a: 1 rule is broken.\n  One.");
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** An executor with application rules, as the runtime's is. */
  private record RuledExecutor(RecordingExecutor delegate, Validator<GadgetRecord> rule)
      implements QueryExecutor, ValidationRules {

    @Override
    public List<Violation> check(TableRecord<?> record) {
      Violations violations = new Violations(record, record.table().getName());
      rule.validate((GadgetRecord) record, violations);
      return violations.list();
    }

    @Override
    public Dialect dialect() {
      return delegate.dialect();
    }

    @Override
    public <R extends Record> Result<R> fetch(ResultQuery<R> query, int maxRows) {
      return delegate.fetch(query, maxRows);
    }

    @Override
    public <R extends Record> Stream<R> stream(ResultQuery<R> query, int fetchSize) {
      return delegate.stream(query, fetchSize);
    }

    @Override
    public int execute(Query query) {
      return delegate.execute(query);
    }
  }
}
