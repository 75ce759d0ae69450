package dev.rex.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an SQL script into statements at top-level semicolons, remembering the line each one
 * starts on, for undo scripts (Flyway's own parser is internal to Flyway).
 *
 * <p>Semicolons do not split inside {@code '…'} strings, {@code "…"} identifiers, {@code --} and
 * {@code /* … *}{@code /} comments, PostgreSQL dollar-quoted bodies ({@code $$ … $$}, {@code $tag$
 * … $tag$}), or the {@code BEGIN … END} body of an SQLite {@code CREATE TRIGGER}. Comments before a
 * statement are dropped and those inside it kept; trailing comments make no statement.
 */
final class SqlScript {

  /** A statement and the 1-based line where it starts. */
  record Statement(String sql, int line) {}

  private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z_0-9]*)?\\$");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
  private static final Pattern TRIGGER =
      Pattern.compile("^\\s*create\\s+(temp\\s+|temporary\\s+)?trigger\\b");

  private SqlScript() {}

  static List<Statement> split(String script) {
    List<Statement> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int line = 1;
    int startLine = -1;
    int depth = 0;
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      int end = i + 1;
      if (c == '\'' || c == '"') {
        end = closing(script, i + 1, String.valueOf(c));
      } else if (c == '-' && script.startsWith("--", i)) {
        end = closing(script, i, "\n");
      } else if (c == '/' && script.startsWith("/*", i)) {
        end = closing(script, i + 2, "*/");
      } else if (c == '$') {
        Matcher tag = DOLLAR_TAG.matcher(script).region(i, script.length());
        if (tag.lookingAt()) {
          end = closing(script, tag.end(), tag.group());
        }
      } else if (Character.isLetter(c) || c == '_') {
        Matcher word = WORD.matcher(script).region(i, script.length());
        word.lookingAt();
        end = word.end();
        depth += triggerDepthChange(current, word.group(), depth);
      } else if (c == ';' && depth == 0) {
        add(statements, current, startLine);
        current.setLength(0);
        startLine = -1;
        i = end;
        continue;
      }
      String token = script.substring(i, end);
      boolean filler = token.isBlank() || token.startsWith("--") || token.startsWith("/*");
      if (startLine < 0 && !filler) {
        startLine = line;
      }
      if (startLine > 0) {
        current.append(token);
      }
      line += (int) token.chars().filter(ch -> ch == '\n').count();
      i = end;
    }
    add(statements, current, startLine);
    return statements;
  }

  /** Inside an SQLite trigger, {@code BEGIN}/{@code CASE} open and {@code END} closes a block. */
  private static int triggerDepthChange(CharSequence statementSoFar, String word, int depth) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean inTrigger = TRIGGER.matcher(statementSoFar.toString().toLowerCase(Locale.ROOT)).find();
    if (!inTrigger) {
      return 0;
    }
    if (lower.equals("begin") || (depth > 0 && lower.equals("case"))) {
      return 1;
    }
    return depth > 0 && lower.equals("end") ? -1 : 0;
  }

  /** The index just after the first {@code terminator} at or after {@code from}, or the end. */
  private static int closing(String script, int from, String terminator) {
    int at = script.indexOf(terminator, from);
    return at < 0 ? script.length() : at + terminator.length();
  }

  private static void add(List<Statement> statements, StringBuilder current, int startLine) {
    if (startLine > 0) {
      statements.add(new Statement(current.toString().strip(), startLine));
    }
  }
}
