package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.codegen.SchemaModel.CheckModel;
import dev.rex.codegen.SchemaModel.CheckModel.Kind;
import dev.rex.codegen.SchemaModel.CheckModel.Literal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckParserTest {

  private static final Set<String> COLUMNS = Set.of("price", "kind", "Code", "qty");

  private static Optional<List<CheckModel>> parse(String clause) {
    return CheckParser.parse(
        "c",
        clause,
        name ->
            COLUMNS.stream()
                .filter(column -> column.equalsIgnoreCase(name))
                .findFirst()
                .orElse(null));
  }

  private static CheckModel only(String clause) {
    List<CheckModel> checks = parse(clause).orElseThrow();
    assertThat(checks).hasSize(1);
    return checks.get(0);
  }

  @Test
  void readsComparisonsWithEitherSideLiteralAndCasts() {
    assertThat(only("CHECK ((price >= (0)::numeric))"))
        .isEqualTo(
            new CheckModel("c", "price", Kind.COMPARE, "GE", List.of(new Literal("0", true))));
    assertThat(only("10.50 > price").operator()).isEqualTo("LT");
    assertThat(only("5 <= qty").operator()).isEqualTo("GE");
    assertThat(only("qty != 3").operator()).isEqualTo("NE");
    assertThat(only("qty = 3").operator()).isEqualTo("EQ");
    assertThat(only("(qty < - 2)").values()).containsExactly(new Literal("-2", true));
    assertThat(only("qty > '-1'::integer").values()).containsExactly(new Literal("-1", true));
    assertThat(only("\"Code\" = 'it''s'").values()).containsExactly(new Literal("it's", false));
    assertThat(only("`code` <> ''").column()).isEqualTo("Code");
  }

  @Test
  void readsListsLengthsAndBetween() {
    assertThat(only("kind IN ('a', 'b')").kind()).isEqualTo(Kind.IN);
    assertThat(
            only("((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))")
                .values())
        .containsExactly(new Literal("a", false), new Literal("b", false));
    assertThat(only("qty in (1, 2.5e1)").values())
        .containsExactly(new Literal("1", true), new Literal("25", true));
    assertThat(only("character_length(code) < 9").kind()).isEqualTo(Kind.LENGTH);
    assertThat(parse("qty between 1 and 9 and length(kind) <= 3").orElseThrow())
        .extracting(CheckModel::operator)
        .containsExactly("GE", "LE", "LE");
  }

  @Test
  void leavesEverythingElseToTheDatabase() {
    for (String clause :
        List.of(
            "qty > 0 or qty is null",
            "qty <> 3 or price > 1",
            "price < qty",
            "kind < 'm'",
            "unknown > 1",
            "length(code) <= 2.5",
            "length('x') < 3",
            "qty + 1 > 2",
            "qty > -'a'",
            "qty in (price)",
            "upper(kind) = 'A'",
            "(qty > 1",
            "qty > 1)",
            "qty >",
            "'unterminated",
            "qty > 1;",
            "qty > 1e",
            "'a' in ('a')",
            "not qty > 1",
            "")) {
      assertThat(parse(clause)).as(clause).isEmpty();
    }
  }
}
