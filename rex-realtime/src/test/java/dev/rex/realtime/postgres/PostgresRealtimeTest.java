package dev.rex.realtime.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeOperation;
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

  @Override
  protected String dialect() {
    return "postgres";
  }

  @Override
  protected Table<? extends Record> album() {
    return Tables.ALBUM;
  }
}
