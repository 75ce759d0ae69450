package dev.rex.codegen.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@code CHECK} clauses in an SQLite {@code CREATE TABLE} statement. jooq-meta reports
 * only named and table-level checks of SQLite tables, and unnamed column checks are the common
 * case, so Rex scans the statement itself: every {@code check} keyword outside quotes, the
 * parenthesised clause after it, and the {@code constraint name} before it, if any.
 */
final class SqliteChecks {

  private static final Pattern CONSTRAINT_NAME =
      Pattern.compile(
          "constraint\\s+(\"(?:[^\"]|\"\")+\"|`[^`]+`|[A-Za-z_][A-Za-z0-9_$]*)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A check clause.
   *
   * @param name the constraint name, or {@code null} for an unnamed check
   * @param clause the condition, without the parentheses around it
   */
  record Found(@Nullable String name, String clause) {}

  private SqliteChecks() {}

  static List<Found> scan(String createTable) {
    List<Found> found = new ArrayList<>();
    String lower = createTable.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < createTable.length()) {
      char c = createTable.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(createTable, i);
      } else if (lower.startsWith("check", i) && boundary(lower, i - 1) && boundary(lower, i + 5)) {
        int open = i + 5;
        while (open < createTable.length() && Character.isWhitespace(createTable.charAt(open))) {
          open++;
        }
        int close =
            open < createTable.length() && createTable.charAt(open) == '('
                ? closing(createTable, open)
                : -1;
        if (close < 0) {
          i += 5;
          continue;
        }
        found.add(
            new Found(
                nameBefore(createTable.substring(0, i)),
                createTable.substring(open + 1, close).strip()));
        i = close + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private static @Nullable String nameBefore(String prefix) {
    Matcher matcher = CONSTRAINT_NAME.matcher(prefix);
    if (!matcher.find()) {
      return null;
    }
    String name = matcher.group(1);
    if (name.startsWith("\"")) {
      return name.substring(1, name.length() - 1).replace("\"\"", "\"");
    }
    return name.startsWith("`") ? name.substring(1, name.length() - 1) : name;
  }

  private static boolean boundary(String text, int index) {
    if (index < 0 || index >= text.length()) {
      return true;
    }
    char c = text.charAt(index);
    return !Character.isLetterOrDigit(c) && c != '_' && c != '$';
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    int i = open;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(text, i);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** The index after the quoted text starting at {@code start} (the end of text if unclosed). */
  private static int skipQuoted(String text, int start) {
    char quote = text.charAt(start);
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }
}
