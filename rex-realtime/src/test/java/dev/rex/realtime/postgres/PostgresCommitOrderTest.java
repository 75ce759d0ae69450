package dev.rex.realtime.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.chinook.postgres.Tables;
import dev.rex.realtime.chinook.postgres.tables.records.TrackRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The case that ordering by transaction id gets wrong: the older transaction (smaller xid) waits
 * for a younger one's row lock and so writes the row second. Its change must come second too.
 */
class PostgresCommitOrderTest {

  @Test
  void aRowsChangesFollowCommitOrderEvenWhenTransactionIdsDoNot() throws Exception {
    String url = RealtimeDatabase.create("postgres", "track");
    try (Rex db = Rex.connect(url);
        Realtime realtime =
            Realtime.start(
                db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(100)));
        Connection older = DriverManager.getConnection(url);
        Connection younger = DriverManager.getConnection(url)) {
      BlockingQueue<Change<TrackRecord>> changes = new LinkedBlockingQueue<>();
      realtime.changes(Tables.TRACK).where(Tables.TRACK.TRACK_ID.eq(1)).subscribe(changes::add);
      older.setAutoCommit(false);
      younger.setAutoCommit(false);
      try (Statement first = older.createStatement();
          Statement second = younger.createStatement()) {
        first.execute("update track set milliseconds = milliseconds + 1 where track_id = 2");
        second.execute("update track set name = 'younger' where track_id = 1");
        CompletableFuture<Void> waiting =
            CompletableFuture.runAsync(
                () -> {
                  try (Statement blocked = older.createStatement()) {
                    blocked.execute("update track set name = 'older' where track_id = 1");
                    older.commit();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
        Thread.sleep(300);
        assertThat(waiting).isNotDone();
        younger.commit();
        waiting.get(10, TimeUnit.SECONDS);
      }
    }
    try (Rex db = Rex.connect(url);
        Realtime realtime =
            Realtime.start(
                db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(100)))) {
      BlockingQueue<Change<TrackRecord>> changes = new LinkedBlockingQueue<>();
      realtime
          .changes(Tables.TRACK)
          .where(Tables.TRACK.TRACK_ID.eq(1))
          .after(ChangePosition.BEGINNING)
          .subscribe(changes::add);
      Change<TrackRecord> firstChange = changes.poll(20, TimeUnit.SECONDS);
      Change<TrackRecord> secondChange = changes.poll(20, TimeUnit.SECONDS);
      assertThat(firstChange).isNotNull();
      assertThat(secondChange).isNotNull();
      assertThat(List.of(firstChange.newRecord().getName(), secondChange.newRecord().getName()))
          .containsExactly("younger", "older");
      assertThat(secondChange.oldRecord().getName()).isEqualTo("younger");
    }
  }
}
