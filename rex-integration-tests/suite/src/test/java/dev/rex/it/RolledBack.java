package dev.rex.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Database;
import dev.rex.TransactionalRunnable;

/** Runs a test body in a transaction that is rolled back, so the shared database stays as is. */
final class RolledBack {

  private RolledBack() {}

  /** Thrown at the end of the body to roll its transaction back. */
  private static final class Undo extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Runs {@code body} in a transaction of {@code db} and rolls it back afterwards. */
  static void run(Database db, TransactionalRunnable body) {
    assertThatThrownBy(
            () ->
                db.transaction(
                    tx -> {
                      body.run(tx);
                      throw new Undo();
                    }))
        .isInstanceOf(Undo.class);
  }
}
