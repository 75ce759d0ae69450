package dev.rex.graphql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GraphQL names from database names: words are split at underscores, spaces, hyphens and case
 * changes ({@code invoice_line}, {@code InvoiceLine} and {@code invoiceLine} give the same words),
 * then joined as PascalCase for types and camelCase for fields. Plurals follow the common English
 * endings, enough for table names; anything else can be renamed in the naming overrides.
 */
final class Names {

  /** Words whose singular and plural are the same. */
  private static final java.util.Set<String> INVARIANT =
      java.util.Set.of(
          "series", "species", "news", "data", "metadata", "information", "equipment", "media");

  private Names() {}

  /** The words of {@code name}, lower case. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      boolean upper = Character.isUpperCase(c);
      boolean afterLower = i > 0 && Character.isLowerCase(name.charAt(i - 1));
      boolean beforeLower =
          i > 0
              && Character.isUpperCase(name.charAt(i - 1))
              && i + 1 < name.length()
              && Character.isLowerCase(name.charAt(i + 1));
      boolean afterDigit = i > 0 && Character.isDigit(name.charAt(i - 1)) && upper;
      if (upper && (afterLower || beforeLower || afterDigit)) {
        flush(word, words);
      }
      word.append(Character.toLowerCase(c));
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** {@code invoice_line} → {@code InvoiceLine}. */
  static String pascal(String name) {
    return pascal(words(name));
  }

  static String pascal(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    return safe(out.toString());
  }

  /** {@code invoice_line} → {@code invoiceLine}. */
  static String camel(String name) {
    return camel(words(name));
  }

  static String camel(List<String> words) {
    String pascal = pascal(words);
    if (pascal.isEmpty() || pascal.startsWith("_")) {
      return pascal;
    }
    return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  /** A name GraphQL accepts: it may not start with a digit or with two underscores. */
  private static String safe(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      return "_" + name;
    }
    return name;
  }

  /** The words of {@code name} with the last one made singular: {@code tracks} → {@code track}. */
  static List<String> singular(List<String> words) {
    if (words.isEmpty()) {
      return words;
    }
    List<String> out = new ArrayList<>(words);
    out.set(out.size() - 1, singularWord(out.get(out.size() - 1)));
    return out;
  }

  /** The words with the last one made plural: {@code invoice line} → {@code invoice lines}. */
  static List<String> plural(List<String> words) {
    if (words.isEmpty()) {
      return words;
    }
    List<String> out = new ArrayList<>(words);
    out.set(out.size() - 1, pluralWord(out.get(out.size() - 1)));
    return out;
  }

  static String singularWord(String word) {
    if (INVARIANT.contains(word)) {
      return word;
    }
    if (word.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses")
        || word.endsWith("xes")
        || word.endsWith("ches")
        || word.endsWith("shes")
        || word.endsWith("zes")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")
        && word.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  static String pluralWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (INVARIANT.contains(lower)) {
      return word;
    }
    if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("z")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return word + "es";
    }
    return word + "s";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
