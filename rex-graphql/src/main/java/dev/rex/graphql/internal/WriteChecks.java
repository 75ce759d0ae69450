package dev.rex.graphql.internal;

import dev.rex.dsl.DSL;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.graphql.RowPolicy;
import java.util.List;
import java.util.Objects;

/**
 * The check a row policy makes after a write, like PostgreSQL's {@code WITH CHECK}: every row a
 * mutation inserted or updated — nested ones included — must be one the principal may see, or the
 * field fails with {@code FORBIDDEN} and its transaction rolls back. So a principal can neither
 * create rows outside its policy nor move a row out of it.
 */
final class WriteChecks {

  private WriteChecks() {}

  static void visibleAfterWriting(RequestScope scope, WriteNode node) {
    for (WriteNode.Edge parent : node.parents) {
      visibleAfterWriting(scope, parent.node());
    }
    check(scope, node);
    for (WriteNode.Edge child : node.children) {
      visibleAfterWriting(scope, child.node());
    }
  }

  private static void check(RequestScope scope, WriteNode node) {
    RowPolicy policy = scope.access().policy(node.table.getName());
    Record stored = node.stored;
    if (policy == null || stored == null) {
      return;
    }
    Table<?> table = node.table;
    List<Object> key = Payload.keyOf(node.entity, table, stored);
    Record visible =
        scope
            .database()
            .fetchOne(
                table,
                DSL.and(
                    Payload.keysIn(node.entity, table, List.of(key)),
                    policy.rows(scope.principal())));
    if (visible == null) {
      throw new RequestException(
          "FORBIDDEN",
          "the "
              + node.entity.typeName()
              + " written at "
              + Objects.toString(node.path)
              + " would be outside what this principal may see");
    }
  }
}
