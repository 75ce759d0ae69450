package dev.rex.dsl.spi;

import dev.rex.dsl.exception.InvalidNameException;

/**
 * The checks every name passes before Rex writes it into SQL.
 *
 * <p><b>Identifiers</b> (table, column, alias, CTE names) are always quoted, so any text is safe
 * except a NUL character, which neither database accepts and PostgreSQL's wire protocol cannot
 * carry: {@link #checkIdentifier} refuses it.
 *
 * <p><b>Type names</b> are written unquoted, as the database spells them ({@code cast(x as
 * numeric(10, 2))}), so {@link #checkTypeName} accepts only this grammar, which cannot leave the
 * surrounding {@code cast(… as …)}:
 *
 * <pre>
 * type      = name { " " word } [ [" "] "(" int { "," [" "] int } ")" ] { " " word } { "[" [int] "]" }
 * name      = part { "." part }                      e.g. public.mood
 * part      = word | quoted
 * word      = (letter | "_") { letter | digit | "_" }   letters include non-ASCII ones
 * quoted    = '"' { any character but '"' and NUL | '""' } '"'   e.g. "my type"
 * int       = ["-"] digit { digit }
 * </pre>
 *
 * Spaces between parts may be repeated. This covers {@code double precision}, {@code character
 * varying(255)}, {@code timestamp(3) with time zone}, {@code bit varying}, {@code numeric(10, 2)},
 * {@code integer[][]}, {@code int[3]}, {@code public.mood} and {@code "my type"}.
 */
public final class SqlNames {

  private SqlNames() {}

  /**
   * Returns {@code identifier} if it can be quoted safely.
   *
   * @param what what the identifier names, for the message ("a table name", "an alias")
   * @throws InvalidNameException if it contains a NUL character
   */
  public static String checkIdentifier(String identifier, String what) {
    int nul = identifier.indexOf('\0');
    if (nul >= 0) {
      throw new InvalidNameException(
          "The "
              + what
              + " '"
              + identifier.replace('\0', '?')
              + "' contains a NUL character (U+0000) at index "
              + nul
              + "; no database accepts it in a name, so remove it.");
    }
    return identifier;
  }

  /** Whether {@code typeName} follows the type-name grammar described on this class. */
  public static boolean isTypeName(String typeName) {
    return new TypeNameScanner(typeName).matches();
  }

  /**
   * Returns {@code typeName} if it follows the type-name grammar described on this class.
   *
   * @throws InvalidNameException otherwise
   */
  public static String checkTypeName(String typeName) {
    if (!isTypeName(typeName)) {
      throw new InvalidNameException(
          "'"
              + typeName.replace('\0', '?')
              + "' is not a type name Rex can write into SQL. A type name is one or more words"
              + " (double precision), optionally schema-qualified (public.mood) or double-quoted"
              + " (\"my type\", with \"\" for a quote inside), with integer modifiers (numeric(10,"
              + " 2)) and array suffixes (integer[]); quote odd names instead of pasting SQL.");
    }
    return typeName;
  }

  /**
   * {@code name} as a type-name part: unchanged if it is a plain word without upper-case letters
   * (which the database would fold), otherwise double-quoted with doubled quotes inside. For code
   * generators that read the exact names of types from a database catalog.
   *
   * @throws InvalidNameException if it contains a NUL character
   */
  public static String typeNamePart(String name) {
    checkIdentifier(name, "type name");
    TypeNameScanner scanner = new TypeNameScanner(name);
    if (scanner.word() && scanner.atEnd() && name.codePoints().noneMatch(Character::isUpperCase)) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** A recursive-descent matcher for the type-name grammar. */
  private static final class TypeNameScanner {

    private final String text;
    private int at;

    TypeNameScanner(String text) {
      this.text = text;
    }

    boolean matches() {
      if (!name()) {
        return false;
      }
      words();
      int beforeSpaces = at;
      spaces();
      if (!peek('(')) {
        at = beforeSpaces;
      } else if (!modifiers()) {
        return false;
      }
      words();
      while (take('[')) {
        digits();
        if (!take(']')) {
          return false;
        }
      }
      return atEnd();
    }

    boolean atEnd() {
      return at == text.length();
    }

    private boolean name() {
      if (!part()) {
        return false;
      }
      while (take('.')) {
        if (!part()) {
          return false;
        }
      }
      return true;
    }

    private boolean part() {
      return peek('"') ? quoted() : word();
    }

    /** Words after spaces; stops (leaving the spaces) before anything that is not a word. */
    private void words() {
      while (true) {
        int start = at;
        if (!spaces() || !word()) {
          at = start;
          return;
        }
      }
    }

    private boolean spaces() {
      int start = at;
      while (peek(' ')) {
        at++;
      }
      return at > start;
    }

    boolean word() {
      if (atEnd()) {
        return false;
      }
      int c = text.codePointAt(at);
      if (c != '_' && !Character.isLetter(c)) {
        return false;
      }
      at += Character.charCount(c);
      while (!atEnd()) {
        c = text.codePointAt(at);
        if (c != '_' && !Character.isLetter(c) && !(c >= '0' && c <= '9')) {
          break;
        }
        at += Character.charCount(c);
      }
      return true;
    }

    private boolean quoted() {
      at++;
      int start = at;
      while (!atEnd()) {
        char c = text.charAt(at);
        if (c == '\0') {
          return false;
        }
        if (c == '"') {
          if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
            at += 2;
            continue;
          }
          at++;
          return at - 1 > start;
        }
        at++;
      }
      return false;
    }

    private boolean modifiers() {
      at++;
      if (!integer()) {
        return false;
      }
      while (take(',')) {
        take(' ');
        if (!integer()) {
          return false;
        }
      }
      return take(')');
    }

    private boolean integer() {
      take('-');
      return digits();
    }

    private boolean digits() {
      int start = at;
      while (!atEnd() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        at++;
      }
      return at > start;
    }

    private boolean peek(char c) {
      return !atEnd() && text.charAt(at) == c;
    }

    private boolean take(char c) {
      if (peek(c)) {
        at++;
        return true;
      }
      return false;
    }
  }
}
