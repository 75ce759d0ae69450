package dev.rex.dsl.impl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small, strict JSON reader for the documents Rex's own SQL produces (nested results): arrays
 * become {@link List}s, objects {@link Map}s, numbers {@link BigDecimal}s (exact, so a decimal
 * column keeps its digits), strings, booleans and null. Rex's runtime has no JSON library
 * dependency, and this covers RFC 8259 without extensions.
 */
final class JsonReader {

  private final String text;
  private int position;

  private JsonReader(String text) {
    this.text = text;
  }

  /** The value {@code json} denotes. */
  static @Nullable Object read(String json) {
    JsonReader reader = new JsonReader(json);
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.position != json.length()) {
      throw reader.error("unexpected text after the value");
    }
    return value;
  }

  private @Nullable Object value() {
    skipWhitespace();
    if (position >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '[' -> array();
      case '{' -> object();
      case '"' -> string();
      case 't' -> literal("true", true);
      case 'f' -> literal("false", false);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private List<@Nullable Object> array() {
    position++;
    List<@Nullable Object> values = new ArrayList<>();
    skipWhitespace();
    if (peek(']')) {
      position++;
      return values;
    }
    while (true) {
      values.add(value());
      skipWhitespace();
      if (peek(',')) {
        position++;
      } else if (peek(']')) {
        position++;
        return values;
      } else {
        throw error("expected , or ]");
      }
    }
  }

  private Map<String, @Nullable Object> object() {
    position++;
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    skipWhitespace();
    if (peek('}')) {
      position++;
      return values;
    }
    while (true) {
      skipWhitespace();
      if (!peek('"')) {
        throw error("expected a member name");
      }
      String name = string();
      skipWhitespace();
      if (!peek(':')) {
        throw error("expected :");
      }
      position++;
      values.put(name, value());
      skipWhitespace();
      if (peek(',')) {
        position++;
      } else if (peek('}')) {
        position++;
        return values;
      } else {
        throw error("expected , or }");
      }
    }
  }

  private String string() {
    position++;
    StringBuilder out = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (position >= text.length()) {
        break;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (position + 4 > text.length()) {
            throw error("truncated \\u escape");
          }
          out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
        }
        default -> out.append(escaped);
      }
    }
    throw error("unterminated string");
  }

  private @Nullable Object literal(String word, @Nullable Object value) {
    if (!text.startsWith(word, position)) {
      throw error("expected " + word);
    }
    position += word.length();
    return value;
  }

  private BigDecimal number() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    if (start == position) {
      throw error("unexpected character '" + text.charAt(position) + "'");
    }
    try {
      return new BigDecimal(text.substring(start, position));
    } catch (NumberFormatException e) {
      throw error("malformed number");
    }
  }

  private boolean peek(char c) {
    return position < text.length() && text.charAt(position) == c;
  }

  private void skipWhitespace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(
        "Malformed JSON at character " + position + ": " + problem + ".");
  }
}
