package dev.rex.dsl;

import static dev.rex.dsl.fixtures.Gadget.GADGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.Rating;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {

  @Test
  void comparesNumbersOfAnyJavaTypeAndLetsNullPass() {
    Check positive = Check.compare("p", GADGET.QTY, Check.Operator.GT, BigDecimal.ZERO);

    assertThat(positive.test(1)).isTrue();
    assertThat(positive.test(0L)).isFalse();
    assertThat(positive.test(new BigDecimal("0.01"))).isTrue();
    assertThat(positive.test(-0.5d)).isFalse();
    assertThat(positive.test(null)).isTrue();
    assertThat(positive.test(Double.NaN)).isTrue(); // left to the database
    assertThat(positive.test(Float.POSITIVE_INFINITY)).isTrue();
    assertThat(positive.test("text")).isTrue();
    assertThat(positive.name()).isEqualTo("p");
    assertThat(positive.field()).isSameAs(GADGET.QTY);
    assertThat(positive).hasToString("check p (qty > 0)");
  }

  @Test
  void everyOperatorHolds() {
    BigDecimal five = BigDecimal.valueOf(5);
    assertThat(Check.compare("c", GADGET.QTY, Check.Operator.EQ, five).test(5)).isTrue();
    assertThat(Check.compare("c", GADGET.QTY, Check.Operator.NE, five).test(5)).isFalse();
    assertThat(Check.compare("c", GADGET.QTY, Check.Operator.LT, five).test(5)).isFalse();
    assertThat(Check.compare("c", GADGET.QTY, Check.Operator.LE, five).test(5)).isTrue();
    assertThat(Check.compare("c", GADGET.QTY, Check.Operator.GT, five).test(6)).isTrue();
    assertThat(Check.compare("c", GADGET.QTY, Check.Operator.GE, five).test(4)).isFalse();
    assertThat(Check.Operator.NE.sql()).isEqualTo("<>");
  }

  @Test
  void comparesTextForEqualityOnlyAndQuotesItInTheCondition() {
    Check notEmpty = Check.compare("n", GADGET.NAME, Check.Operator.NE, "");

    assertThat(notEmpty.test("x")).isTrue();
    assertThat(notEmpty.test("")).isFalse();
    assertThat(Check.compare("q", GADGET.NAME, Check.Operator.EQ, "it's").condition())
        .isEqualTo("name = 'it''s'");
    assertThatThrownBy(() -> Check.compare("n", GADGET.NAME, Check.Operator.LT, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equality");
  }

  @Test
  void listsOfAllowedValuesAcceptTextNumbersAndEnumLiterals() {
    Check rating = Check.in("r", GADGET.RATING, List.of("G", "PG-13"));
    Check qty = Check.in("q", GADGET.QTY, List.of(BigDecimal.ONE, new BigDecimal("2.0")));

    assertThat(rating.test(Rating.PG_13)).isTrue();
    assertThat(rating.test(Rating.NC_17)).isFalse();
    assertThat(qty.test(2)).isTrue();
    assertThat(qty.test(3)).isFalse();
    assertThat(qty.condition()).isEqualTo("qty in (1, 2.0)");
    assertThatThrownBy(() -> Check.in("e", GADGET.QTY, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Check.in("e", GADGET.QTY, List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Integer");
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    Check shortName = Check.length("s", GADGET.NAME, Check.Operator.LE, 2);

    assertThat(shortName.test("ab")).isTrue();
    assertThat(shortName.test("\uD83C\uDFB8\uD83C\uDFB8")).isTrue(); // two guitars
    assertThat(shortName.test("abc")).isFalse();
    assertThat(shortName.test(42)).isTrue();
    assertThat(shortName.condition()).isEqualTo("length(name) <= 2");
  }
}
