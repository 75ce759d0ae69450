package dev.rex.realtime.sqlite;

import static dev.rex.realtime.chinook.sqlite.Tables.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeDatabase;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.realtime.chinook.sqlite.tables.records.ArtistRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write made through the Rex that Realtime runs on is delivered at once, through sqlite-jdbc's
 * commit listener, even when nothing polls for a minute; a write from a connection Rex does not own
 * waits for the poll, or for the next commit Rex hears.
 */
class SqliteCommitWakeupTest {

  private static final Duration NEVER = Duration.ofMinutes(1);

  /**
   * Longer than Realtime's start-up wake-up takes to happen and than SqliteWakeups' re-reads after
   * one of Rex's commits (about 200 ms in all).
   */
  private static final long RECHECK_WINDOW_MILLIS = 500;

  private String url;
  private Rex db;
  private Realtime realtime;
  private final BlockingQueue<Change<ArtistRecord>> changes = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() {
    url = RealtimeDatabase.create("sqlite", "artist");
    db = Rex.connect(url);
    RealtimeSettings slowPolls =
        RealtimeSettings.defaults().withPollInterval(NEVER).withDataVersionInterval(NEVER);
    realtime = Realtime.start(db, slowPolls);
  }

  @AfterEach
  void stop() {
    realtime.close();
    db.close();
  }

  @Test
  void aWriteThroughRexIsDeliveredWithoutWaitingForAPoll() throws Exception {
    try (ChangeSubscription ignored = realtime.changes(ARTIST).subscribe(changes::add)) {
      for (int i = 0; i < 20; i++) {
        long started = System.nanoTime();
        db.insertInto(ARTIST).set(ARTIST.NAME, "Artist " + i).execute();
        Change<ArtistRecord> change = changes.poll(5, TimeUnit.SECONDS);
        assertThat(change).as("change %d", i).isNotNull();
        assertThat(change.record().getName()).isEqualTo("Artist " + i);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      }
      db.transaction(
          tx -> {
            tx.insertInto(ARTIST).set(ARTIST.NAME, "In a transaction").execute();
            tx.insertInto(ARTIST).set(ARTIST.NAME, "And another").execute();
          });
      assertThat(changes.poll(5, TimeUnit.SECONDS).record().getName())
          .isEqualTo("In a transaction");
      assertThat(changes.poll(5, TimeUnit.SECONDS).record().getName()).isEqualTo("And another");
    }
  }

  @Test
  void aWriteFromAnotherConnectionWaitsForTheNextCommitRexHears() throws Exception {
    try (ChangeSubscription ignored = realtime.changes(ARTIST).subscribe(changes::add);
        Connection outsider = DriverManager.getConnection(url);
        Statement statement = outsider.createStatement()) {
      // Two things at start-up may hear a commit without a poll, and run on their own threads: the
      // data_version watcher's first read wakes the reader whatever it reads (and the reader then
      // reads everything committed so far), and after any commit on Rex's own connections it
      // re-reads data_version for about 200 ms. Let both pass, so that the outsider's commit can
      // only be heard through a later commit of Rex's.
      Thread.sleep(RECHECK_WINDOW_MILLIS);
      statement.executeUpdate("insert into artist (name) values ('Outsider')");
      assertThat(changes.poll(500, TimeUnit.MILLISECONDS))
          .as("no poll runs, and Rex did not make this commit")
          .isNull();

      db.insertInto(ARTIST).set(ARTIST.NAME, "Insider").execute();
      assertThat(changes.poll(5, TimeUnit.SECONDS).record().getName()).isEqualTo("Outsider");
      assertThat(changes.poll(5, TimeUnit.SECONDS).record().getName()).isEqualTo("Insider");
    }
  }

  @Test
  void aClosedRealtimeStopsListeningAndANewOneHearsCommitsOnTheSameConnections() throws Exception {
    realtime.close();
    realtime =
        Realtime.start(
            db, RealtimeSettings.defaults().withPollInterval(NEVER).withDataVersionInterval(NEVER));
    try (ChangeSubscription ignored = realtime.changes(ARTIST).subscribe(changes::add)) {
      db.insertInto(ARTIST).set(ARTIST.NAME, "After a restart").execute();
      assertThat(changes.poll(5, TimeUnit.SECONDS).record().getName()).isEqualTo("After a restart");
    }
  }
}
