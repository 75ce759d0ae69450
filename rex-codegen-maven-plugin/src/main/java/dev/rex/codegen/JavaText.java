package dev.rex.codegen;

/**
 * Escapes database text for Java source. Generated files are pure ASCII, so they compile the same
 * whatever source encoding a build uses: string literals spell other characters as {@code \}{@code
 * uXXXX}, and Javadoc spells them as HTML character references. Javadoc also must not contain
 * {@code *}{@code /}, which would end the comment, nor a backslash, because the compiler reads
 * {@code \}{@code u} as a Unicode escape even inside comments.
 */
final class JavaText {

  private JavaText() {}

  /** {@code text} as a Java string literal, quotes included. */
  static String stringLiteral(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** {@code text} as Javadoc HTML: markup, comment ends, backslashes and tags are escaped. */
  static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '/' -> out.append("&#47;");
                case '\\' -> out.append("&#92;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '\r' -> {}
                default -> {
                  if (c == '\n' || (c >= 0x20 && c < 0x7f)) {
                    out.appendCodePoint(c);
                  } else {
                    out.append("&#x").append(Integer.toHexString(c)).append(';');
                  }
                }
              }
            });
    return out.toString();
  }

  /** A database name in Javadoc, as code. */
  static String code(String name) {
    return "<code>" + javadoc(name) + "</code>";
  }
}
