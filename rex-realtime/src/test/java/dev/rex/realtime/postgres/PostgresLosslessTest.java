package dev.rex.realtime.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.chinook.postgres.Tables;
import dev.rex.realtime.suites.LosslessSuite;
import dev.rex.testing.TestDatabases;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the stream also survives its LISTEN backend being killed (twice), and a second
 * application instance on the same database receives the same changes.
 */
class PostgresLosslessTest extends LosslessSuite {

  private final AtomicInteger kills = new AtomicInteger();

  @Override
  protected String dialect() {
    return "postgres";
  }

  @Override
  protected Table<? extends Record> track() {
    return Tables.TRACK;
  }

  @Override
  protected void disturb(Realtime instance) {
    int pid = instance.listenBackendPid();
    if (pid > 0 && kills.get() < 2) {
      TestDatabases.execute(url, "select pg_terminate_backend(" + pid + ")");
      kills.incrementAndGet();
    }
  }

  @Test
  @Override
  protected void everyChangeArrivesOnceInCommitOrderPerRow() throws Exception {
    try (Rex second = Rex.connect(url);
        Realtime other =
            Realtime.start(
                second, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(250)))) {
      Recorder<?> recorder = subscribeRaw(other, Tables.TRACK);
      super.everyChangeArrivesOnceInCommitOrderPerRow();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (recorder.changes.size() < CHANGES && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(recorder.changes).as("the second instance's subscriber").hasSize(CHANGES);
    }
    assertThat(kills.get()).as("LISTEN backends killed").isEqualTo(2);
  }

  private static <R extends Record> Recorder<R> subscribeRaw(Realtime realtime, Table<R> table) {
    Recorder<R> recorder = new Recorder<>();
    realtime.changes(table).subscribe(recorder);
    return recorder;
  }
}
