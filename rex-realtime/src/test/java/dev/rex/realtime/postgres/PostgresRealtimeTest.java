package dev.rex.realtime.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.ConfigurationException;
import dev.rex.PoolSettings;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeOperation;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.chinook.postgres.Tables;
import dev.rex.realtime.chinook.postgres.tables.records.AlbumRecord;
import dev.rex.realtime.suites.RealtimeSuite;
import org.junit.jupiter.api.Test;

class PostgresRealtimeTest extends RealtimeSuite {

  @Test
  void aTruncateArrivesWithoutImages() throws Exception {
    Collector<AlbumRecord> collector = subscribe(Tables.ALBUM);
    sql("truncate album cascade");
    Change<AlbumRecord> change = collector.next();
    assertThat(change.operation()).isEqualTo(ChangeOperation.TRUNCATE);
    assertThat(change.newRecord()).isNull();
    assertThat(change.oldRecord()).isNull();
  }

  @Test
  void behindATransactionPoolerRealtimeAsksForADirectAddressForListen() throws Exception {
    RexSettings pooled =
        RexSettings.defaults().withPool(PoolSettings.defaults().withTransactionPooler(true));
    try (Rex throughPooler = Rex.connect(url, pooled)) {
      assertThatThrownBy(() -> Realtime.start(throughPooler))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("withListenUrl");
      try (Realtime direct =
          Realtime.start(throughPooler, RealtimeSettings.defaults().withListenUrl(url))) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (direct.listenBackendPid() <= 0 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(direct.listenBackendPid()).as("listening on the direct address").isPositive();
      }
    }
  }

  @Override
  protected String dialect() {
    return "postgres";
  }

  @Override
  protected Table<? extends Record> album() {
    return Tables.ALBUM;
  }
}
