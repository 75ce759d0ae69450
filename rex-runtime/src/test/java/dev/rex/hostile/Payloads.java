package dev.rex.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input corpus: strings that break naive quoting, comments, placeholders, dollar
 * quotes, encodings and sizes. Each one is a payload that a careless library would paste into SQL;
 * the suite that uses them asserts that they come back as data or are refused with a typed error.
 */
public final class Payloads {

  private Payloads() {}

  /** The name of the table every payload tries to read or destroy. */
  public static final String CANARY = "canary";

  /** Payloads that try to break out of a string literal, a quoted identifier or a type name. */
  public static final List<String> ESCAPES =
      List.of(
          "'",
          "''",
          "\"",
          "\"\"",
          "`",
          "``",
          "[",
          "]",
          "\\",
          "\\'",
          "\\\"",
          "'; delete from canary; --",
          "' or '1'='1",
          "x' union select secret from canary --",
          "\"; delete from canary; --",
          "x\" union select secret from canary --",
          "`; delete from canary; --",
          "]; delete from canary; --",
          "\\'; delete from canary; --",
          "text) || (select secret from canary) || cast('' as text",
          "text); delete from canary; select cast(null as text",
          "$$",
          "$$; delete from canary; $$",
          "$t$it's ?$t$",
          "$1",
          "/*",
          "*/",
          "/* /* */ delete from canary; */",
          "-- delete from canary",
          "x\n; delete from canary; --",
          "?",
          "??",
          "? or 1=1",
          ":name",
          "@p",
          "%",
          "_",
          "%' or '%'='",
          "e'\\x27'",
          "U&'\\0027'");

  /** Unicode that looks like quotes, reorders text or needs surrogate pairs. */
  public static final List<String> UNICODE =
      List.of(
          "\u02BC; delete from canary; --", // modifier letter apostrophe
          "\uFF07; delete from canary; --", // fullwidth apostrophe
          "\u2019\u201D\u00B4", // right quotes and acute accent
          "\u202Ecanary", // right-to-left override
          "\u2028\u2029\u0085", // line and paragraph separators, NEL
          "\uFEFFbom",
          "caf\u00E9 / cafe\u0301", // composed and decomposed
          "\uD83D\uDE00 \uD834\uDD1E", // emoji, musical symbol: surrogate pairs
          "\u0130\u0131\u00DF", // dotted and dotless I, sharp s
          "\u0007\u0008\u001B[31m"); // control characters

  /** The NUL character, which PostgreSQL text cannot hold. */
  public static final String NUL = "a\u0000b";

  /** Text that UTF-8 cannot encode (a lone surrogate): it must be refused, never changed. */
  public static final String LONE_SURROGATE = "a\uD800b";

  /** A payload of {@code length} characters cycling through quotes and comment markers. */
  public static String longPayload(int length) {
    String cycle = "'\"`;--/*?$$\\";
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(cycle, 0, Math.min(cycle.length(), length - text.length()));
    }
    return text.toString();
  }

  /** Every payload usable as a value. */
  public static List<String> values() {
    List<String> all = new ArrayList<>(ESCAPES);
    all.addAll(UNICODE);
    all.add(NUL);
    all.add(LONE_SURROGATE);
    all.add(longPayload(100_000));
    return all;
  }

  /** Every payload usable as an identifier or alias (names are bounded in length). */
  public static List<String> names() {
    List<String> all = new ArrayList<>(ESCAPES);
    all.addAll(UNICODE);
    all.add(NUL);
    return all;
  }

  /** Whether {@code text} is well-formed UTF-16 (no lone surrogate), so it can be encoded. */
  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
