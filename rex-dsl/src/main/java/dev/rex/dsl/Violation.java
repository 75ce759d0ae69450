package dev.rex.dsl;

import org.jspecify.annotations.Nullable;

/**
 * One way in which a record breaks a rule of its table: a declared constraint (not null, length,
 * precision, enum values, a check) or a rule the application registered.
 *
 * @param table the table's name
 * @param column the column's name, or {@code null} for a rule about the whole record
 * @param constraint what was broken: {@code not null}, {@code length <= 120}, {@code numeric(10,
 *     2)}, {@code enum mpaa_rating}, a check constraint's name, or the name of an application rule
 * @param value the offending value ({@code null} for a missing value)
 * @param message one sentence that says what is wrong, for people
 */
public record Violation(
    String table,
    @Nullable String column,
    String constraint,
    @Nullable Object value,
    String message) {

  @Override
  public String toString() {
    return message;
  }
}
