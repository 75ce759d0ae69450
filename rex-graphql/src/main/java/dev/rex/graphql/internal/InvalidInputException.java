package dev.rex.graphql.internal;

import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A mutation whose records break constraints or validators, so nothing was written. Its GraphQL
 * error has {@code extensions.code = "VALIDATION"} and {@code extensions.violations}: one entry per
 * violation with the GraphQL {@code type}, the {@code field} (null for a rule about the whole row),
 * the {@code path} of the value in the arguments (when known), the {@code constraint} and the
 * {@code message}.
 */
final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // plain maps of strings and numbers
  private final List<Map<String, @Nullable Object>> violations;

  InvalidInputException(List<Map<String, @Nullable Object>> violations) {
    super(message(violations), null, false, false);
    this.violations = List.copyOf(new LinkedHashSet<>(violations));
  }

  /** {@code failure}'s violations named as in the schema, for a record Rex refused to write. */
  static InvalidInputException of(GraphModel model, ValidationException failure) {
    List<Map<String, @Nullable Object>> violations = new ArrayList<>();
    for (Violation violation : failure.violations()) {
      Entity entity = null;
      for (Entity candidate : model.entities()) {
        if (candidate.table().name().equals(violation.table())) {
          entity = candidate;
        }
      }
      violations.add(describe(entity, violation, null));
    }
    return new InvalidInputException(violations);
  }

  /** One violation of a row of {@code entity} whose input is at {@code path} (when known). */
  static Map<String, @Nullable Object> describe(
      @Nullable Entity entity, Violation violation, @Nullable List<Object> path) {
    String column = violation.column();
    Attribute attribute =
        entity == null || column == null ? null : entity.attributeOfColumn(column);
    String field = attribute == null ? null : attribute.fieldName();
    Map<String, @Nullable Object> described = new LinkedHashMap<>();
    described.put("type", entity == null ? violation.table() : entity.typeName());
    described.put("field", field);
    if (path != null) {
      described.put("path", field == null ? path : WriteNode.at(path, field));
    }
    described.put("constraint", violation.constraint());
    described.put("message", violation.message());
    return described;
  }

  /** Every violation, in the order found, each once. */
  List<Map<String, @Nullable Object>> violations() {
    return violations;
  }

  private static String message(List<Map<String, @Nullable Object>> violations) {
    LinkedHashSet<Object> messages = new LinkedHashSet<>();
    for (Map<String, @Nullable Object> violation : violations) {
      messages.add(violation.get("message"));
    }
    StringBuilder text =
        new StringBuilder("Nothing was written: ")
            .append(
                messages.size() == 1
                    ? "1 rule is broken."
                    : messages.size() + " rules are broken.");
    for (Object message : messages) {
      text.append(' ').append(message);
    }
    return text.toString();
  }
}
