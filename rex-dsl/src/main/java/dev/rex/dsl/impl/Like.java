package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.RenderContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code field [not] like pattern}. The case-insensitive form uses {@code ilike} where the dialect
 * has it and {@code lower(field) like lower(pattern)} elsewhere.
 */
final class Like extends AbstractCondition {

  private final Field<?> field;
  private final Field<String> pattern;
  private final boolean not;
  private final boolean ignoreCase;
  private final @Nullable Character escape;

  Like(Field<?> field, Field<String> pattern, boolean not, boolean ignoreCase) {
    this(field, pattern, not, ignoreCase, null);
  }

  /** With {@code escape '!'} when {@code escape} is not null. */
  Like(
      Field<?> field,
      Field<String> pattern,
      boolean not,
      boolean ignoreCase,
      @Nullable Character escape) {
    this.field = field;
    this.pattern = pattern;
    this.not = not;
    this.ignoreCase = ignoreCase;
    this.escape = escape;
  }

  /** The character {@link #escaped} puts before the wildcards of a literal text. */
  static final char ESCAPE = '!';

  /** {@code text} as a LIKE pattern that matches exactly it, with {@link #ESCAPE} as escape. */
  static String escaped(String text) {
    StringBuilder pattern = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.toString();
  }

  @Override
  public void accept(RenderContext context) {
    String negation = not ? " not" : "";
    if (!ignoreCase) {
      context.visit(field).sql(negation).sql(" like ").visit(pattern);
    } else if (context.dialect().supportsIlike()) {
      context.visit(field).sql(negation).sql(" ilike ").visit(pattern);
    } else {
      context.sql("lower(").visit(field).sql(')').sql(negation).sql(" like lower(");
      context.visit(pattern).sql(')');
    }
    if (escape != null) {
      context.sql(" escape '").sql(String.valueOf(escape)).sql("'");
    }
  }

  /**
   * Matches as the dialect's LIKE does ({@link LikePattern}). The case-insensitive form is {@code
   * ilike} on PostgreSQL, which lowers text and pattern as {@code lower} does, and {@code
   * lower(field) like lower(pattern)} elsewhere, which is the same thing with the dialect's {@code
   * lower}. A pattern value is compiled once, here; a pattern read from a column, per record.
   */
  @Override
  RowCondition inMemory(InMemory memory) {
    memory.require(field, SqlValues.Kind.TEXT, "LIKE on");
    memory.require(pattern, SqlValues.Kind.TEXT, "the LIKE pattern");
    ComparisonRules rules = memory.rules();
    Character escape = this.escape != null ? this.escape : rules.likeEscape();
    CaseMapping folding =
        ignoreCase
            ? memory.caseMapping()
            : rules.likeIsCaseSensitive() ? CaseMapping.NONE : CaseMapping.ASCII;
    RowExpression text = memory.expression(field);
    if (pattern instanceof Val<String> constant) {
      String value = constant.value();
      if (value == null) {
        return record -> Truth.UNKNOWN;
      }
      LikePattern compiled;
      try {
        compiled = LikePattern.compile(value, escape, folding);
      } catch (IllegalArgumentException refused) {
        throw new InvalidQueryException(
            "The database would refuse this condition: " + refused.getMessage() + ".");
      }
      return record -> matches(text.evaluate(record), compiled);
    }
    RowExpression patterns = memory.expression(pattern);
    return record -> {
      Object value = patterns.evaluate(record);
      if (value == null) {
        return Truth.UNKNOWN;
      }
      try {
        return matches(text.evaluate(record), LikePattern.compile((String) value, escape, folding));
      } catch (IllegalArgumentException refused) {
        return Truth.UNKNOWN; // an error on PostgreSQL: the row is not selected
      }
    };
  }

  private Truth matches(@Nullable Object text, LikePattern pattern) {
    if (text == null) {
      return Truth.UNKNOWN;
    }
    return Truth.of(pattern.matches((String) text) != not);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Like that
        && not == that.not
        && ignoreCase == that.ignoreCase
        && Objects.equals(escape, that.escape)
        && field.equals(that.field)
        && pattern.equals(that.pattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, pattern, not, ignoreCase, escape);
  }
}
