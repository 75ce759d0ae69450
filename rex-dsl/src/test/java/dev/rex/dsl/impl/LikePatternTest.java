package dev.rex.dsl.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LikePatternTest {

  private static boolean matches(String text, String pattern) {
    return LikePattern.compile(pattern, '\\', CaseMapping.NONE).matches(text);
  }

  @Test
  void aPercentSignRetriesFromOneCharacterFurther() {
    assertThat(matches("aaaaab", "%a%b")).isTrue();
    assertThat(matches("abcabd", "%abd")).isTrue();
    assertThat(matches("ab", "a%b%")).isTrue();
    assertThat(matches("ab", "%b_")).isFalse();
    assertThat(matches("abc", "a%%%c")).isTrue();
    assertThat(matches("abc", "ab")).isFalse();
    assertThat(matches("ab", "abc")).isFalse();
  }

  @Test
  void matchingTakesPolynomialTimeOnHostilePatterns() {
    String text = "a".repeat(20_000);

    assertThat(matches(text, "%a%a%a%a%a%a%a%a%b")).isFalse();
  }

  @Test
  void theEscapeCharacterMakesTheNextCharacterLiteral() {
    assertThat(matches("100%", "100\\%")).isTrue();
    assertThat(matches("1000", "100\\%")).isFalse();
    assertThat(matches("a_b", "a\\_b")).isTrue();
    assertThat(matches("\\", "\\\\")).isTrue();
    assertThatThrownBy(() -> LikePattern.compile("a\\", '\\', CaseMapping.NONE))
        .hasMessageContaining("ends with the escape character");
  }

  @Test
  void foldingAppliesToTextAndPattern() {
    assertThat(LikePattern.compile("É%", null, CaseMapping.UNICODE).matches("éte")).isTrue();
    assertThat(LikePattern.compile("É%", null, CaseMapping.ASCII).matches("éte")).isFalse();
    assertThat(LikePattern.compile("A\\%", null, CaseMapping.ASCII).matches("a\\x")).isTrue();
  }
}
