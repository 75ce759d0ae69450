package dev.rex.dsl;

import java.util.Objects;

/**
 * A JSON document as text, for PostgreSQL {@code jsonb} columns. Kept apart from {@link Json} so
 * that a value is bound with the column's own type.
 *
 * @param data the JSON text
 */
public record Jsonb(String data) {

  public Jsonb {
    Objects.requireNonNull(data, "data");
  }

  /** Wraps JSON text. */
  public static Jsonb of(String data) {
    return new Jsonb(data);
  }

  @Override
  public String toString() {
    return data;
  }
}
