package dev.rex.dsl;

import java.util.Objects;

/**
 * A JSON document as text, for {@code json} columns. Rex does not parse it; use the JSON library of
 * your choice on {@link #data()}.
 *
 * @param data the JSON text
 */
public record Json(String data) {

  public Json {
    Objects.requireNonNull(data, "data");
  }

  /** Wraps JSON text. */
  public static Json of(String data) {
    return new Json(data);
  }

  @Override
  public String toString() {
    return data;
  }
}
