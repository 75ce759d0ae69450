package dev.rex.mysql.suites;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests of a runtime suite that do not apply to MySQL and MariaDB, each skipped with its reason:
 * {@code @Unsupported({"testName: why", …})} on the suite's MySQL subclass. The suites' methods are
 * package-private in another package, so a subclass cannot override them to disable them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(Unsupported.Condition.class)
@interface Unsupported {

  /** {@code "methodName: reason"}. */
  String[] value();

  /** Disables the listed methods, giving their reasons. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Optional<Unsupported> unsupported =
          context.getTestClass().map(type -> type.getAnnotation(Unsupported.class));
      String method = context.getTestMethod().map(m -> m.getName()).orElse(null);
      if (unsupported.isEmpty() || method == null) {
        return ConditionEvaluationResult.enabled("not a listed test");
      }
      for (String entry : unsupported.get().value()) {
        int colon = entry.indexOf(':');
        if (entry.substring(0, colon).equals(method)) {
          return ConditionEvaluationResult.disabled(
              "Not on MySQL/MariaDB: " + entry.substring(colon + 1).strip());
        }
      }
      return ConditionEvaluationResult.enabled("not a listed test");
    }
  }
}
