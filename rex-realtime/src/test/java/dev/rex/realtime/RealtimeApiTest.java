package dev.rex.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.dsl.DSL;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.exception.RexException;
import dev.rex.realtime.chinook.sqlite.Tables;
import dev.rex.realtime.chinook.sqlite.tables.records.AlbumRecord;
import dev.rex.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The small print of the public API: settings, positions and the errors a user can make. */
class RealtimeApiTest {

  @Test
  void positionsParseTheirTextFormAndRefuseNonsense() {
    assertThat(ChangePosition.parse(" 42 ")).isEqualTo(new ChangePosition(42));
    assertThat(new ChangePosition(7).toString()).isEqualTo("7");
    assertThat(new ChangePosition(8).isAfter(new ChangePosition(7))).isTrue();
    assertThatThrownBy(() -> ChangePosition.parse("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a change position: 'abc'");
    assertThatThrownBy(() -> new ChangePosition(-1))
        .hasMessage("A change position is not negative: -1");
  }

  @Test
  void settingsAreCopiedAndChecked() {
    RealtimeSettings defaults = RealtimeSettings.defaults();
    RealtimeSettings changed =
        defaults
            .withPollInterval(Duration.ofMillis(50))
            .withHeartbeatInterval(Duration.ofSeconds(2))
            .withMaxReconnectDelay(Duration.ofSeconds(1))
            .withDataVersionInterval(Duration.ofMillis(5))
            .withQueueCapacity(3)
            .withBatchSize(10)
            .withRetention(Duration.ofHours(1), 100)
            .withPruneInterval(Duration.ofSeconds(9))
            .withDeliveryThreads(1)
            .withListenUrl("jdbc:postgresql://db:5432/app");
    assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.listenUrl()).isNull();
    assertThat(changed.pollInterval()).isEqualTo(Duration.ofMillis(50));
    assertThat(changed.heartbeatInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(changed.maxReconnectDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(changed.dataVersionInterval()).isEqualTo(Duration.ofMillis(5));
    assertThat(changed.queueCapacity()).isEqualTo(3);
    assertThat(changed.batchSize()).isEqualTo(10);
    assertThat(changed.retentionAge()).isEqualTo(Duration.ofHours(1));
    assertThat(changed.retentionRows()).isEqualTo(100);
    assertThat(changed.pruneInterval()).isEqualTo(Duration.ofSeconds(9));
    assertThat(changed.deliveryThreads()).isEqualTo(1);
    assertThat(changed.listenUrl()).isEqualTo("jdbc:postgresql://db:5432/app");
    assertThatThrownBy(() -> defaults.withPollInterval(Duration.ZERO))
        .hasMessage("The poll interval must be positive, not PT0S");
    assertThatThrownBy(() -> defaults.withQueueCapacity(0))
        .hasMessage("The queue capacity must be at least 1, not 0");
  }

  @Test
  void startingOnADatabaseWithoutTheChangeLogSaysWhatToDo() {
    String url = TestDatabases.newSqliteDatabase();
    TestDatabases.execute(url, "create table t (id integer primary key)");
    try (Rex db = Rex.connect(url)) {
      assertThatThrownBy(() -> Realtime.start(db))
          .isInstanceOf(RexException.class)
          .hasMessageContaining("was the migration from RealtimeSchema applied?");
    }
  }

  @Test
  void theMigrationOfAnUnknownTableNamesIt() throws Exception {
    String url = TestDatabases.newSqliteDatabase();
    try (Connection connection = DriverManager.getConnection(url)) {
      assertThatThrownBy(() -> RealtimeSchema.migration(connection, List.of("nowhere")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Realtime capture: there is no table 'nowhere' in the database.");
    }
  }

  @Test
  void aFilterThatNeedsTheDatabaseIsRefusedWhenSubscribing() {
    String url = RealtimeDatabase.create("sqlite", "album");
    try (Rex db = Rex.connect(url);
        Realtime realtime = Realtime.start(db)) {
      assertThatThrownBy(
              () ->
                  realtime
                      .changes(Tables.ALBUM)
                      .where(DSL.exists(DSL.selectFrom(Tables.ARTIST)))
                      .subscribe(change -> {}))
          .isInstanceOf(InvalidQueryException.class);
      assertThat(realtime.subscriberCount()).isZero();
    }
  }

  @Test
  void resumingAfterAPositionTheLogNeverReachedAsksForAResync() throws Exception {
    String url = RealtimeDatabase.create("sqlite", "album");
    try (Rex db = Rex.connect(url);
        Realtime realtime = Realtime.start(db)) {
      BlockingQueue<SubscriptionEnd> ends = new LinkedBlockingQueue<>();
      realtime
          .changes(Tables.ALBUM)
          .after(new ChangePosition(1_000))
          .subscribe(
              new ChangeListener<AlbumRecord>() {
                @Override
                public void onChange(Change<AlbumRecord> change) {}

                @Override
                public void onEnd(SubscriptionEnd end) {
                  ends.add(end);
                }
              });
      SubscriptionEnd end = ends.poll(10, TimeUnit.SECONDS);
      assertThat(end).isNotNull();
      assertThat(end.reason()).isEqualTo(SubscriptionEnd.Reason.RESYNC_REQUIRED);
      assertThat(end.resumeAfter()).isEqualTo(ChangePosition.BEGINNING);
    }
  }

  @Test
  void closingEndsEverySubscription() throws Exception {
    String url = RealtimeDatabase.create("sqlite", "album");
    BlockingQueue<SubscriptionEnd> ends = new LinkedBlockingQueue<>();
    try (Rex db = Rex.connect(url)) {
      Realtime realtime = Realtime.start(db);
      ChangeSubscription subscription =
          realtime
              .changes(Tables.ALBUM)
              .subscribe(
                  new ChangeListener<AlbumRecord>() {
                    @Override
                    public void onChange(Change<AlbumRecord> change) {}

                    @Override
                    public void onEnd(SubscriptionEnd end) {
                      ends.add(end);
                    }
                  });
      realtime.close();
      assertThat(subscription.isActive()).isFalse();
    }
    assertThat(ends.poll(10, TimeUnit.SECONDS).reason()).isEqualTo(SubscriptionEnd.Reason.CLOSED);
  }
}
