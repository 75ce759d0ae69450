package dev.rex.migrate;

import org.jspecify.annotations.Nullable;

/**
 * A migration or undo script failed. The message names the script, the line and statement where it
 * failed, and the database's own message; it also says whether the database was left as it was (it
 * is whenever the script ran in a transaction, as every PostgreSQL and SQLite migration does unless
 * it holds a statement that cannot run in one).
 */
public final class MigrationFailedException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final String script;
  private final int line;
  private final @Nullable String statement;
  private final String databaseMessage;

  MigrationFailedException(
      String message,
      String script,
      int line,
      @Nullable String statement,
      String databaseMessage,
      @Nullable Throwable cause) {
    super(message, cause);
    this.script = script;
    this.line = line;
    this.statement = statement;
    this.databaseMessage = databaseMessage;
  }

  /** The file name of the script that failed, such as {@code V2__add_invoices.sql}. */
  public String script() {
    return script;
  }

  /** The line of the failing statement in the script, or {@code -1} when unknown. */
  public int line() {
    return line;
  }

  /** The failing statement, when known. */
  public @Nullable String statement() {
    return statement;
  }

  /** What the database said. */
  public String databaseMessage() {
    return databaseMessage;
  }
}
