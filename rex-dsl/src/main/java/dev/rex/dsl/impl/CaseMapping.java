package dev.rex.dsl.impl;

/**
 * How {@code lower}, {@code upper} and case-insensitive LIKE change letters, one code point at a
 * time: not at all, ASCII letters only (SQLite), or every letter with a simple case mapping
 * (PostgreSQL with a UTF-8 ctype, whose {@code towlower} follows Unicode as {@link
 * Character#toLowerCase(int)} does; a PostgreSQL database with {@code LC_CTYPE=C} maps ASCII only).
 */
enum CaseMapping {
  NONE,
  ASCII,
  UNICODE;

  int lower(int codePoint) {
    return switch (this) {
      case NONE -> codePoint;
      case ASCII -> codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
      case UNICODE -> Character.toLowerCase(codePoint);
    };
  }

  int upper(int codePoint) {
    return switch (this) {
      case NONE -> codePoint;
      case ASCII -> codePoint >= 'a' && codePoint <= 'z' ? codePoint - ('a' - 'A') : codePoint;
      case UNICODE -> Character.toUpperCase(codePoint);
    };
  }

  String lower(String text) {
    return text.codePoints()
        .map(this::lower)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  String upper(String text) {
    return text.codePoints()
        .map(this::upper)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
