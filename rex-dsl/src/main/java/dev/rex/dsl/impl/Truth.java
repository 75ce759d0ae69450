package dev.rex.dsl.impl;

/** SQL's three truth values: a comparison with NULL is {@link #UNKNOWN}, not false. */
enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** NOT: UNKNOWN stays UNKNOWN. */
  Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** AND: FALSE wins over UNKNOWN, which wins over TRUE. */
  Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }
}
