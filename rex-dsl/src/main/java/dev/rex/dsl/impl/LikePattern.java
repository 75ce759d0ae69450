package dev.rex.dsl.impl;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A LIKE pattern compiled for matching in memory: {@code %} matches any run of characters, {@code
 * _} exactly one character (code point), the escape character (if the dialect has one) makes the
 * character after it literal, and everything else matches itself after case folding. Matching is
 * the classic wildcard walk that remembers the last {@code %} and retries from one character
 * further, so it takes at most text length × pattern length steps, never exponential time.
 */
final class LikePattern {

  private static final int ANY_RUN = -1;
  private static final int ANY_ONE = -2;

  private final int[] tokens;
  private final CaseMapping folding;

  private LikePattern(int[] tokens, CaseMapping folding) {
    this.tokens = tokens;
    this.folding = folding;
  }

  /**
   * Compiles {@code pattern}.
   *
   * @throws IllegalArgumentException if it ends with the escape character, which PostgreSQL refuses
   */
  static LikePattern compile(String pattern, @Nullable Character escape, CaseMapping folding) {
    int[] codePoints = pattern.codePoints().toArray();
    int[] tokens = new int[codePoints.length];
    int size = 0;
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (escape != null && c == escape) {
        if (++i == codePoints.length) {
          throw new IllegalArgumentException(
              "the LIKE pattern '" + pattern + "' ends with the escape character " + escape);
        }
        tokens[size++] = folding.lower(codePoints[i]);
      } else if (c == '%') {
        if (size == 0 || tokens[size - 1] != ANY_RUN) {
          tokens[size++] = ANY_RUN;
        }
      } else if (c == '_') {
        tokens[size++] = ANY_ONE;
      } else {
        tokens[size++] = folding.lower(c);
      }
    }
    return new LikePattern(Arrays.copyOf(tokens, size), folding);
  }

  boolean matches(String text) {
    int[] chars = text.codePoints().map(folding::lower).toArray();
    int t = 0;
    int p = 0;
    int lastRun = -1;
    int resumeAt = 0;
    while (t < chars.length) {
      if (p < tokens.length && (tokens[p] == ANY_ONE || tokens[p] == chars[t])) {
        p++;
        t++;
      } else if (p < tokens.length && tokens[p] == ANY_RUN) {
        lastRun = p++;
        resumeAt = t;
      } else if (lastRun >= 0) {
        p = lastRun + 1;
        t = ++resumeAt;
      } else {
        return false;
      }
    }
    while (p < tokens.length && tokens[p] == ANY_RUN) {
      p++;
    }
    return p == tokens.length;
  }
}
