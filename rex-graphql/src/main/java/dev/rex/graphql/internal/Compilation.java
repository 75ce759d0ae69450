package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Table;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of compiling one root field into one statement: the model, fresh table aliases, and the
 * largest list a field may return.
 */
final class Compilation {

  final GraphModel model;
  final Tables tables;
  final int maxRows;

  private boolean boundToRequest;

  Compilation(GraphModel model, Tables tables, int maxRows) {
    this.model = model;
    this.tables = tables;
    this.maxRows = maxRows;
  }

  /**
   * Whether what was compiled holds nothing of the request, so that another request with the same
   * document and variables may run it ({@link RootPlans}): no row policy's condition, no record
   * bound to the request's database.
   */
  boolean reusable() {
    return !boundToRequest && !tables.policed();
  }

  /** Notes that what is compiled holds something of this request. */
  void bindToRequest() {
    boundToRequest = true;
  }

  /** The {@code limit} argument, between 0 and {@link #maxRows}; null when none is given. */
  @Nullable Integer limit(Map<String, Object> arguments) {
    Integer limit = (Integer) arguments.get(ObjectTypes.LIMIT);
    if (limit != null && (limit < 0 || limit > maxRows)) {
      throw new RequestException(
          "BAD_USER_INPUT", "limit must be between 0 and " + maxRows + ", not " + limit);
    }
    return limit;
  }

  /** The {@code offset} argument, not negative; null when none is given. */
  @Nullable Integer offset(Map<String, Object> arguments) {
    Integer offset = (Integer) arguments.get(ObjectTypes.OFFSET);
    if (offset != null && offset < 0) {
      throw new RequestException("BAD_USER_INPUT", "offset must not be negative, not " + offset);
    }
    return offset;
  }

  Entity entity(String typeName) {
    Entity entity = model.entity(typeName);
    if (entity == null) {
      throw new IllegalStateException("no entity " + typeName);
    }
    return entity;
  }

  Table<?> table(Entity entity) {
    return tables.aliased(entity.table().name());
  }

  /** Rows of {@code relation}'s target reached from {@code source}, as an exists condition. */
  Condition related(Relation relation, Table<?> source, Table<?> target, Condition also) {
    return DSL.exists(
        DSL.select(DSL.val(1))
            .from(target)
            .where(DSL.and(Link.of(relation, source, target, tables), also)));
  }
}
