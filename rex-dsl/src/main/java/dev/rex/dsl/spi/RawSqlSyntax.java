package dev.rex.dsl.spi;

/**
 * How a database reads application-written SQL, so that Rex finds the {@code ?} placeholders and
 * the statements in it exactly where the database does. Every syntax knows {@code '…'} strings and
 * {@code "…"} identifiers (each with doubled quotes as escape), {@code --} line comments and {@code
 * /* … *}{@code /} block comments; a {@code ?} inside any of them is text.
 *
 * @param dollarQuotedStrings PostgreSQL's {@code $$…$$} and {@code $tag$…$tag$}, where a tag is an
 *     identifier that does not start with a digit (so {@code $1} is no quote) and a {@code $} that
 *     continues an identifier ({@code a$$}) starts none
 * @param nestedBlockComments whether {@code /*} inside a block comment opens a nested one
 *     (PostgreSQL), rather than being text that the first {@code *}{@code /} ends
 * @param escapeStrings PostgreSQL's {@code E'…'}, in which a backslash escapes the next character
 * @param backtickAndBracketIdentifiers SQLite's {@code `…`} (doubled back-ticks escape) and {@code
 *     […]} identifiers
 * @param runsEveryStatement whether one JDBC call runs every statement of a text that holds
 *     several; when false (sqlite-jdbc runs only the first), Rex refuses such text
 */
public record RawSqlSyntax(
    boolean dollarQuotedStrings,
    boolean nestedBlockComments,
    boolean escapeStrings,
    boolean backtickAndBracketIdentifiers,
    boolean runsEveryStatement) {

  /** Standard SQL only, one or several statements per call. */
  public static final RawSqlSyntax STANDARD = new RawSqlSyntax(false, false, false, false, true);

  /** PostgreSQL: dollar quotes, nested comments, escape strings; several statements per call. */
  public static final RawSqlSyntax POSTGRES = new RawSqlSyntax(true, true, true, false, true);

  /** SQLite through sqlite-jdbc: back-tick and bracket identifiers; one statement per call. */
  public static final RawSqlSyntax SQLITE = new RawSqlSyntax(false, false, false, true, false);
}
