package dev.rex.dsl;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An application rule for the records of one table, checked together with the constraints the
 * schema declares: by {@code record.validate()}, and before {@code insert()}, {@code update()},
 * {@code store()} and batch inserts send any SQL. Register validators in the runtime's settings
 * ({@code RexSettings.withValidator(ARTIST, validator)}); nothing is found by scanning.
 *
 * <pre>{@code
 * Validator<ArtistRecord> notBlank = (artist, violations) -> {
 *   if (artist.getName() != null && artist.getName().isBlank()) {
 *     violations.add(ARTIST.NAME, "not blank", "An artist's name must not be blank.");
 *   }
 * };
 * }</pre>
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface Validator<R extends Record> {

  /** Checks {@code record} and adds what is wrong with it to {@code violations}. */
  void validate(R record, Violations violations);

  /**
   * A rule for one column: {@code test} must accept every non-null value of {@code field}.
   *
   * @param constraint a short name for the rule, reported in {@link Violation#constraint()}
   * @param message the sentence reported when the rule is broken
   */
  static <R extends Record, T> Validator<R> field(
      TableField<R, T> field, String constraint, Predicate<? super T> test, String message) {
    return (record, violations) -> {
      @Nullable T value = record.get(field);
      if (value != null && !test.test(value)) {
        violations.add(field, constraint, message);
      }
    };
  }
}
