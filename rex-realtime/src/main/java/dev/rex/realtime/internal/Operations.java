package dev.rex.realtime.internal;

import dev.rex.realtime.ChangeOperation;

/** The log's one-letter operation codes. */
final class Operations {

  private Operations() {}

  static ChangeOperation fromCode(String code) {
    return switch (code.trim()) {
      case "I" -> ChangeOperation.INSERT;
      case "U" -> ChangeOperation.UPDATE;
      case "D" -> ChangeOperation.DELETE;
      case "T" -> ChangeOperation.TRUNCATE;
      default -> throw new IllegalStateException("Unknown operation in the change log: " + code);
    };
  }
}
