package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaTextTest {

  @Test
  void stringLiteralsAreAsciiAndEscaped() {
    assertThat(JavaText.stringLiteral("bıgınt")).isEqualTo("\"b\\u0131g\\u0131nt\"");
    assertThat(JavaText.stringLiteral("a\"b\\c\nd\te")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
    assertThat(JavaText.stringLiteral("\u0001")).isEqualTo("\"\\u0001\"");
  }

  @Test
  void javadocCannotEndTheCommentOrSmuggleUnicodeEscapesOrTags() {
    assertThat(JavaText.javadoc("*/ \\u000a @see <b> & {@code x} é"))
        .isEqualTo("*&#47; &#92;u000a &#64;see &lt;b&gt; &amp; &#123;&#64;code x&#125; &#xe9;");
  }
}
