package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code @RexTest(settings = ...)}: the class's {@code Rex} has the application's settings. */
class RexTestSettingsTest {

  static final AtomicInteger STATEMENTS = new AtomicInteger();

  /** Counts the statements the class's {@code Rex} runs. */
  private static final class Counting implements RexTestSettings {
    @Override
    public RexSettings settings() {
      return RexSettings.defaults()
          .withListener(
              new ExecuteListener() {
                @Override
                public void executeEnd(ExecuteContext context) {
                  STATEMENTS.incrementAndGet();
                }
              });
    }
  }

  @Test
  void bothIsolationsUseTheSettings() {
    Runs.Outcome outcome = Runs.run(Map.of(), RollingBack.class, OwnDatabase.class);
    assertThat(outcome.failure()).isNull();
    assertThat(outcome.succeededTests()).isEqualTo(2);
  }

  @RexTest(
      backend = Backend.SQLITE,
      migrations = "classpath:chinook/sqlite",
      settings = Counting.class)
  static class RollingBack {
    @Test
    void listenerSeesTheStatements(Rex db) {
      assertThat(db.settings().listeners()).hasSize(1);
      int before = STATEMENTS.get();
      assertThat(Chinook.count(db, "artist")).isEqualTo(Chinook.ARTISTS);
      assertThat(STATEMENTS.get()).isEqualTo(before + 1);
    }
  }

  @RexTest(
      backend = Backend.SQLITE,
      migrations = "classpath:chinook/sqlite",
      isolation = TestIsolation.DATABASE_PER_CLASS,
      settings = Counting.class)
  static class OwnDatabase extends RollingBack {}
}
