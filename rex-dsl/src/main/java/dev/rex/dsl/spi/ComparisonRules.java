package dev.rex.dsl.spi;

import org.jspecify.annotations.Nullable;

/**
 * How a database compares and matches values, so that a condition evaluated in memory ({@link
 * dev.rex.dsl.RowPredicate}) gives the database's answer. Text is always compared by code point
 * (PostgreSQL's {@code "C"} collation, SQLite's {@code BINARY}); these rules cover what else
 * differs.
 *
 * @param likeIsCaseSensitive whether {@code LIKE} tells {@code a} from {@code A} (PostgreSQL: yes;
 *     SQLite: no, for ASCII letters only)
 * @param likeEscape the character that escapes {@code %}, {@code _} and itself in a {@code LIKE}
 *     pattern without an {@code ESCAPE} clause, or null when there is none (PostgreSQL: backslash;
 *     SQLite: none)
 * @param asciiCaseMappingOnly whether {@code lower}, {@code upper} and case-insensitive {@code
 *     LIKE} change ASCII letters only (SQLite without ICU) rather than every letter that has a case
 *     (PostgreSQL with a UTF-8 {@code LC_CTYPE})
 * @param enumsOrderByLiteral whether enum values order as their literals' text (SQLite, which
 *     stores them as text) rather than in declaration order (PostgreSQL enum types)
 * @param decimalsAreFloatingPoint whether decimals are stored, compared and computed as double
 *     precision numbers (SQLite, which has no decimal type) rather than exactly (PostgreSQL {@code
 *     numeric})
 */
public record ComparisonRules(
    boolean likeIsCaseSensitive,
    @Nullable Character likeEscape,
    boolean asciiCaseMappingOnly,
    boolean enumsOrderByLiteral,
    boolean decimalsAreFloatingPoint) {

  /** PostgreSQL's rules, the default of {@link Dialect#comparisonRules()}. */
  public static final ComparisonRules POSTGRES =
      new ComparisonRules(true, '\\', false, false, false);
}
