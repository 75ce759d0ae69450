package dev.rex.codegen;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a {@code CHECK} clause into tokens for {@link CheckParser}: words, numbers, operators and
 * punctuation as they are; a string literal as {@code '} followed by its unescaped text; a quoted
 * identifier ({@code "x"} or {@code `x`}) as {@code "} followed by its name.
 */
final class CheckTokens {

  private static final List<String> OPERATORS =
      List.of("::", "<=", ">=", "<>", "!=", "=", "<", ">", "(", ")", ",", "[", "]", "-");

  private CheckTokens() {}

  /** The tokens of {@code clause}, or {@code null} when it holds something no token can be. */
  static @Nullable List<String> split(String clause) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < clause.length()) {
      char c = clause.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = quoted(clause, i, c);
        if (end < 0) {
          return null;
        }
        String text = clause.substring(i + 1, end - 1).replace("" + c + c, "" + c);
        tokens.add((c == '\'' ? "'" : "\"") + text);
        i = end;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int end = i;
        while (end < clause.length()
            && (Character.isLetterOrDigit(clause.charAt(end))
                || clause.charAt(end) == '_'
                || clause.charAt(end) == '.'
                || clause.charAt(end) == '$')) {
          end++;
        }
        tokens.add(clause.substring(i, end));
        i = end;
      } else {
        String operator = operatorAt(clause, i);
        if (operator == null) {
          return null;
        }
        tokens.add(operator);
        i += operator.length();
      }
    }
    return tokens;
  }

  private static @Nullable String operatorAt(String clause, int i) {
    for (String operator : OPERATORS) {
      if (clause.startsWith(operator, i)) {
        return operator;
      }
    }
    return null;
  }

  /** The index after the closing quote of the quoted text at {@code start}, or -1. */
  private static int quoted(String clause, int start, char quote) {
    int i = start + 1;
    while (i < clause.length()) {
      if (clause.charAt(i) == quote) {
        if (i + 1 < clause.length() && clause.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }
}
