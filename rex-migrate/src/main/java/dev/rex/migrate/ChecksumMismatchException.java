package dev.rex.migrate;

import java.util.List;

/**
 * Applied migrations no longer match their files: a file was edited after it was applied, or an
 * applied migration's file is gone, or a failed migration is still recorded.
 */
public final class ChecksumMismatchException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final List<String> scripts;

  ChecksumMismatchException(String message, List<String> scripts) {
    super(message);
    this.scripts = List.copyOf(scripts);
  }

  /** The scripts (file names as recorded in the history) that do not validate. */
  public List<String> scripts() {
    return scripts;
  }
}
