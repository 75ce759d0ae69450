package dev.rex.codegen;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a database name into ASCII words; {@link DefaultNamingStrategy} describes the rules. A name
 * with no letters or digits at all (such as {@code ?}) becomes one code-point word per character,
 * so every name yields at least one word.
 */
final class IdentifierWords {

  /** Letters that Unicode decomposition does not reduce to ASCII. */
  private static final Map<Integer, String> TRANSLITERATIONS =
      Map.ofEntries(
          Map.entry((int) 'ı', "i"),
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'Ł', "L"),
          Map.entry((int) 'ø', "o"),
          Map.entry((int) 'Ø', "O"),
          Map.entry((int) 'ß', "ss"),
          Map.entry((int) 'æ', "ae"),
          Map.entry((int) 'Æ', "AE"),
          Map.entry((int) 'œ', "oe"),
          Map.entry((int) 'Œ', "OE"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'Đ', "D"),
          Map.entry((int) 'þ', "th"),
          Map.entry((int) 'Þ', "TH"));

  private IdentifierWords() {}

  /** The words of {@code name}, in order; never empty. */
  static List<String> split(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              String ascii = ascii(c);
              if (ascii != null && ascii.isEmpty()) {
                flush(word, words);
                return;
              }
              if (ascii == null) {
                flush(word, words);
                words.add(codePointWord(c));
                return;
              }
              for (int i = 0; i < ascii.length(); i++) {
                char next = ascii.charAt(i);
                if (startsWord(word, next)) {
                  flush(word, words);
                }
                word.append(next);
              }
            });
    flush(word, words);
    splitAcronyms(words);
    if (words.isEmpty()) {
      name.codePoints().forEach(c -> words.add(codePointWord(c)));
    }
    return words;
  }

  /** Whether {@code word} stands for one character that has no ASCII spelling. */
  static boolean isCodePointWord(String word) {
    return word.length() > 1 && word.charAt(0) == 'U' && word.substring(1).matches("[0-9A-F]{4,6}");
  }

  private static String codePointWord(int c) {
    return String.format("U%04X", c);
  }

  /**
   * {@code c} as ASCII letters and digits, the empty string for a separator, or {@code null} for a
   * letter or digit with no ASCII spelling.
   */
  private static @Nullable String ascii(int c) {
    if (c < 0x80) {
      return Character.isLetterOrDigit(c) ? String.valueOf((char) c) : "";
    }
    String known = TRANSLITERATIONS.get(c);
    if (known != null) {
      return known;
    }
    if (!Character.isLetterOrDigit(c)) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
    String stripped = decomposed.replaceAll("[^A-Za-z0-9]", "");
    return stripped.isEmpty() ? null : stripped;
  }

  /** A new word starts at an upper-case letter after a lower-case letter or a digit. */
  private static boolean startsWord(StringBuilder word, char next) {
    if (word.length() == 0 || !Character.isUpperCase(next)) {
      return false;
    }
    char previous = word.charAt(word.length() - 1);
    return Character.isLowerCase(previous) || Character.isDigit(previous);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /**
   * {@code HTTPServer} was kept as one word; cut it before the capital that starts {@code Server}.
   */
  private static void splitAcronyms(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      int cut = acronymEnd(word);
      if (cut > 0) {
        words.set(i, word.substring(0, cut));
        words.add(i + 1, word.substring(cut));
      }
    }
  }

  private static int acronymEnd(String word) {
    for (int i = 1; i + 1 < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i - 1))
          && Character.isUpperCase(word.charAt(i))
          && Character.isLowerCase(word.charAt(i + 1))) {
        return i;
      }
    }
    return 0;
  }
}
