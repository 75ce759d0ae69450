package dev.rex.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * One namespace of generated identifiers, such as the classes of the generated packages or the
 * fields of one table class. {@link #claim} turns a proposed name into a legal Java identifier that
 * no earlier claim or reservation in this scope has, comparing without case so that files never
 * clash on case-insensitive file systems.
 */
final class NameScope {

  /** Names that are not keywords but cannot name a class. */
  private static final Set<String> RESTRICTED =
      Set.of("var", "yield", "record", "sealed", "permits");

  private final Set<String> reserved = new HashSet<>();
  private final Set<String> taken = new HashSet<>();
  private final String separator;

  /**
   * A scope that tells duplicates apart by appending {@code separator} and a number: {@code
   * INVOICE_LINE_2} with separator {@code _}, {@code InvoiceLine2} with an empty separator.
   */
  NameScope(String separator) {
    this.separator = separator;
  }

  /**
   * Makes {@code names} unavailable, for example the names generated code imports. A proposed name
   * that is reserved gets a {@code _} suffix, like a keyword: {@code String_}, {@code getClass_}.
   */
  NameScope reserve(String... names) {
    for (String name : names) {
      reserved.add(name.toLowerCase(Locale.ROOT));
      taken.add(name.toLowerCase(Locale.ROOT));
    }
    return this;
  }

  /** A legal identifier based on {@code proposed} that this scope has not given out before. */
  String claim(String proposed) {
    String legal = legal(proposed);
    if (reserved.contains(legal.toLowerCase(Locale.ROOT))) {
      legal += "_";
    }
    String name = legal;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = legal + separator + n;
    }
    return name;
  }

  /** {@code name} with illegal characters replaced, a leading digit prefixed, keywords suffixed. */
  static String legal(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(
            c ->
                out.append(
                    c < 0x80 && (Character.isLetterOrDigit(c) || c == '_') ? (char) c : '_'));
    if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
      out.insert(0, '_');
    }
    String result = out.toString();
    if (SourceVersion.isKeyword(result) || RESTRICTED.contains(result) || result.equals("_")) {
      result += "_";
    }
    return result;
  }
}
