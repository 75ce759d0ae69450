package dev.rex.dsl.impl;

import dev.rex.dsl.spi.RawSqlSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads application-written SQL as the database's lexer would (per {@link RawSqlSyntax}) to find
 * its {@code ?} placeholders and count its statements. Strings, quoted identifiers and comments are
 * skipped whole; {@code ??} stays text (pgjdbc's escaped question mark). Statements end at a {@code
 * ;} outside all of those, except inside the {@code begin … end} body of a SQLite {@code create
 * trigger} (where {@code case … end} nests); statements with nothing but blanks and comments are
 * not counted.
 */
final class RawSqlScanner {

  /** The scanned text: {@code n} placeholders give {@code n + 1} pieces. */
  record Scan(List<String> pieces, int statements) {

    Scan {
      pieces = List.copyOf(pieces);
    }
  }

  private final String sql;
  private final RawSqlSyntax syntax;
  private final List<String> pieces = new ArrayList<>();
  private final StringBuilder piece = new StringBuilder();
  private int at;
  private int statements;
  private boolean statementHasText;
  private String firstWord = "";
  private boolean inTrigger;
  private int triggerDepth;

  private RawSqlScanner(String sql, RawSqlSyntax syntax) {
    this.sql = sql;
    this.syntax = syntax;
  }

  static Scan scan(String sql, RawSqlSyntax syntax) {
    return new RawSqlScanner(sql, syntax).run();
  }

  private Scan run() {
    while (at < sql.length()) {
      char c = sql.charAt(at);
      int skipped = skipped(c);
      if (skipped > at) {
        boolean comment = c == '-' || c == '/';
        statementHasText |= !comment;
        piece.append(sql, at, skipped);
        at = skipped;
      } else if (c == '?' && startsWith("??")) {
        piece.append("??");
        at += 2;
        statementHasText = true;
      } else if (c == '?') {
        pieces.add(piece.toString());
        piece.setLength(0);
        at++;
        statementHasText = true;
      } else if (isIdentifierChar(c)) {
        word();
      } else {
        if (c == ';' && triggerDepth == 0) {
          endStatement();
        } else if (!Character.isWhitespace(c)) {
          statementHasText = true;
        }
        piece.append(c);
        at++;
      }
    }
    endStatement();
    pieces.add(piece.toString());
    return new Scan(pieces, statements);
  }

  /** The end of a string, quoted identifier or comment starting at {@code at}, else {@code at}. */
  private int skipped(char c) {
    if (c == '\'') {
      return closing('\'', escapeString());
    }
    if (c == '"') {
      return closing('"', false);
    }
    if (syntax.backtickAndBracketIdentifiers() && c == '`') {
      return closing('`', false);
    }
    if (syntax.backtickAndBracketIdentifiers() && c == '[') {
      int end = sql.indexOf(']', at + 1);
      return end < 0 ? sql.length() : end + 1;
    }
    if (startsWith("--")) {
      int end = sql.indexOf('\n', at);
      return end < 0 ? sql.length() : end;
    }
    if (startsWith("/*")) {
      return blockComment();
    }
    if (c == '$' && syntax.dollarQuotedStrings()) {
      return dollarQuoted();
    }
    return at;
  }

  private boolean escapeString() {
    return syntax.escapeStrings()
        && at > 0
        && (sql.charAt(at - 1) == 'E' || sql.charAt(at - 1) == 'e')
        && (at < 2 || !isIdentifierChar(sql.charAt(at - 2)));
  }

  /**
   * Past the quote closing the one at {@code at}; doubled quotes (and maybe backslashes) escape.
   */
  private int closing(char quote, boolean backslashEscapes) {
    int i = at + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return sql.length();
  }

  private int blockComment() {
    int depth = 0;
    int i = at;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i) && (depth == 0 || syntax.nestedBlockComments())) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** {@code $tag$…$tag$}: only where a {@code $} cannot continue an identifier or be {@code $1}. */
  private int dollarQuoted() {
    if (at > 0 && (isIdentifierChar(sql.charAt(at - 1)) || sql.charAt(at - 1) == '$')) {
      return at;
    }
    int i = at + 1;
    if (i < sql.length() && isIdentifierStart(sql.charAt(i))) {
      while (i < sql.length() && isIdentifierChar(sql.charAt(i))) {
        i++;
      }
    }
    if (i >= sql.length() || sql.charAt(i) != '$') {
      return at;
    }
    String tag = sql.substring(at, i + 1);
    int end = sql.indexOf(tag, i + 1);
    return end < 0 ? sql.length() : end + tag.length();
  }

  /** A keyword or unquoted identifier; tracks {@code create trigger … begin … end}. */
  private void word() {
    int start = at;
    while (at < sql.length() && (isIdentifierChar(sql.charAt(at)) || sql.charAt(at) == '$')) {
      at++;
    }
    String word = sql.substring(start, at).toLowerCase(Locale.ROOT);
    piece.append(sql, start, at);
    if (!statementHasText) {
      firstWord = word;
    }
    statementHasText = true;
    if (!syntax.runsEveryStatement() && firstWord.equals("create") && word.equals("trigger")) {
      inTrigger = true;
    } else if (inTrigger && (word.equals("begin") || word.equals("case"))) {
      triggerDepth++;
    } else if (inTrigger && word.equals("end") && triggerDepth > 0) {
      triggerDepth--;
    }
  }

  private void endStatement() {
    if (statementHasText) {
      statements++;
    }
    statementHasText = false;
    firstWord = "";
    inTrigger = false;
    triggerDepth = 0;
  }

  private boolean startsWith(String text) {
    return sql.startsWith(text, at);
  }

  private static boolean isIdentifierStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  private static boolean isIdentifierChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
