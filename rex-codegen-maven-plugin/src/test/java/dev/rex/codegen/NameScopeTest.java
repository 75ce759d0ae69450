package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameScopeTest {

  @Test
  void keywordsLiteralsAndRestrictedNamesGetASuffix() {
    assertThat(NameScope.legal("class")).isEqualTo("class_");
    assertThat(NameScope.legal("null")).isEqualTo("null_");
    assertThat(NameScope.legal("record")).isEqualTo("record_");
    assertThat(NameScope.legal("_")).isEqualTo("__");
  }

  @Test
  void illegalCharactersAndLeadingDigitsAreRepaired() {
    assertThat(NameScope.legal("2fa")).isEqualTo("_2fa");
    assertThat(NameScope.legal("a-b")).isEqualTo("a_b");
    assertThat(NameScope.legal("")).isEqualTo("__");
    assertThat(NameScope.legal("ü")).isEqualTo("__");
  }

  @Test
  void duplicatesAreNumberedIgnoringCase() {
    NameScope constants = new NameScope("_");
    assertThat(constants.claim("INVOICE_LINE")).isEqualTo("INVOICE_LINE");
    assertThat(constants.claim("INVOICE_LINE")).isEqualTo("INVOICE_LINE_2");
    assertThat(constants.claim("invoice_line")).isEqualTo("invoice_line_3");
    NameScope classes = new NameScope("").reserve("String");
    assertThat(classes.claim("String")).isEqualTo("String_");
    assertThat(classes.claim("String")).isEqualTo("String_2");
  }
}
