package dev.rex.migrate;

import java.util.List;

/** An undo was asked for migrations that have no {@code U} script; nothing was changed. */
public final class MissingUndoScriptException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final List<String> missing;

  MissingUndoScriptException(String message, List<String> missing) {
    super(message);
    this.missing = List.copyOf(missing);
  }

  /** The undo scripts that were looked for and not found, such as {@code U2__add_invoices.sql}. */
  public List<String> missing() {
    return missing;
  }
}
