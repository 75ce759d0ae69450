package dev.rex.dsl.spi;

import dev.rex.dsl.TableRecord;
import dev.rex.dsl.Violation;
import java.util.List;

/**
 * Implemented by a {@link QueryExecutor} that knows application rules for records (the runtime's
 * registered {@code Validator}s). A record attached to such an executor checks these rules after
 * its table's declared constraints, in {@code validate()} and before it is written.
 */
public interface ValidationRules {

  /**
   * The violations of the application's rules by {@code record}; empty when it obeys them.
   *
   * @param record a record of a generated table
   * @return the violations, in rule order
   */
  List<Violation> check(TableRecord<?> record);
}
