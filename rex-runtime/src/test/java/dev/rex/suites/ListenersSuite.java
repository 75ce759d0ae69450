package dev.rex.suites;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import dev.rex.testing.DatabaseTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Execute listeners see every statement with its binds, row count, time and failure. */
public abstract class ListenersSuite extends DatabaseTest {

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<ExecuteContext> contexts = new CopyOnWriteArrayList<>();

  @Override
  protected RexSettings settings() {
    return super.settings()
        .withListener(
            new ExecuteListener() {
              @Override
              public void executeStart(ExecuteContext context) {
                events.add("start " + context.kind());
              }

              @Override
              public void executeEnd(ExecuteContext context) {
                events.add("end " + context.rows());
                contexts.add(context);
              }

              @Override
              public void exception(ExecuteContext context) {
                events.add("exception " + context.exception().getClass().getSimpleName());
              }
            });
  }

  @BeforeEach
  void forget() {
    events.clear();
    contexts.clear();
  }

  @Test
  void seesStartAndEndOfEveryStatementWithBindsAndRows() {
    db.insertInto(ARTIST, ARTIST.NAME).values("Nina").values("Miles").execute();
    db.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nina")).fetch();

    assertThat(events).containsExactly("start UPDATE", "end 2", "start QUERY", "end 1");
    assertThat(contexts.get(1).binds()).containsExactly("Nina");
    assertThat(contexts.get(1).sql()).contains(quoted("where \"artist\".\"name\" = ?"));
    assertThat(contexts.get(1).elapsed()).isPositive();
  }

  @Test
  void seesFailures() {
    db.insertInto(ARTIST, ARTIST.NAME).values("Nina").execute();
    events.clear();

    assertThatThrownBy(() -> db.insertInto(ARTIST, ARTIST.NAME).values("Nina").execute())
        .isInstanceOf(UniqueViolationException.class);

    assertThat(events).containsExactly("start UPDATE", "exception UniqueViolationException");
  }

  /** A listener that records what it hears and is quiet up to {@code quiet} nanoseconds. */
  private static ExecuteListener quietUpTo(AtomicLong quiet, List<String> heard) {
    return new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext context) {
        heard.add("start");
      }

      @Override
      public void executeEnd(ExecuteContext context) {
        heard.add("end " + context.kind() + " " + context.rows() + " " + context.sql());
      }

      @Override
      public void exception(ExecuteContext context) {
        heard.add("exception " + context.exception().getClass().getSimpleName());
      }

      @Override
      public long quietUpToNanos() {
        return quiet.get();
      }
    };
  }

  @Test
  void aQuietListenerHearsOnlyOfSlowerStatementsAndOfFailures() {
    List<String> heard = new CopyOnWriteArrayList<>();
    AtomicLong quiet = new AtomicLong(Long.MAX_VALUE);
    RexSettings settings =
        RexSettings.defaults().withLogging(false).withListener(quietUpTo(quiet, heard));
    try (Rex quietDb = Rex.connect(url, settings)) {
      quietDb.insertInto(ARTIST, ARTIST.NAME).values("Nina").execute();
      assertThat(quietDb.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nina")).fetchOne()).isNotNull();
      assertThat(heard).isEmpty();

      assertThatThrownBy(() -> quietDb.insertInto(ARTIST, ARTIST.NAME).values("Nina").execute())
          .isInstanceOf(UniqueViolationException.class);
      assertThat(heard).containsExactly("exception UniqueViolationException");

      heard.clear();
      quiet.set(0); // every statement takes longer than no time at all
      quietDb.selectFrom(ARTIST).where(ARTIST.NAME.eq("Nina")).fetchOne();
      assertThat(heard).hasSize(1);
      assertThat(heard.get(0)).startsWith("end QUERY 1 select");
    }
  }

  @Test
  void aListenerToldOfALookupOnlyAfterItRanSeesThatLookupsOwnValue() {
    List<List<@Nullable Object>> binds = new CopyOnWriteArrayList<>();
    ExecuteListener afterwards =
        new ExecuteListener() {
          @Override
          public void executeEnd(ExecuteContext context) {
            binds.add(context.binds());
          }

          @Override
          public long quietUpToNanos() {
            return 0; // quiet before, told of every statement once it ran
          }
        };
    RexSettings settings = RexSettings.defaults().withLogging(false).withListener(afterwards);
    try (Rex quietDb = Rex.connect(url, settings)) {
      quietDb.insertInto(ARTIST, ARTIST.NAME).values("Nina").values("Miles").execute();
      binds.clear();
      for (String name : List.of("Nina", "Miles", "Nina")) {
        assertThat(quietDb.selectFrom(ARTIST).where(ARTIST.NAME.eq(name)).fetchOne()).isNotNull();
      }
      assertThat(binds).containsExactly(List.of("Nina"), List.of("Miles"), List.of("Nina"));
    }
  }

  @Test
  void combinedListenersAreQuietOnlyWhenEveryOneIsAndEachHearsWhatItAsksFor() {
    List<String> quietHeard = new CopyOnWriteArrayList<>();
    List<String> loudHeard = new CopyOnWriteArrayList<>();
    ExecuteListener quiet = quietUpTo(new AtomicLong(Long.MAX_VALUE), quietHeard);
    ExecuteListener loud = quietUpTo(new AtomicLong(-1), loudHeard);
    assertThat(ExecuteListener.combine(List.of(quiet, loud)).quietUpToNanos()).isNegative();
    assertThat(ExecuteListener.combine(List.of()).quietUpToNanos()).isNegative();
    assertThat(
            ExecuteListener.combine(
                    List.of(quiet, quietUpTo(new AtomicLong(5), new CopyOnWriteArrayList<>())))
                .quietUpToNanos())
        .isEqualTo(5);

    RexSettings settings =
        RexSettings.defaults().withLogging(false).withListener(quiet).withListener(loud);
    try (Rex both = Rex.connect(url, settings)) {
      both.selectFrom(ARTIST).fetch();
    }
    assertThat(loudHeard).hasSize(2);
    assertThat(loudHeard.get(0)).isEqualTo("start");
    assertThat(loudHeard.get(1)).startsWith("end QUERY 0 select");
    assertThat(quietHeard).doesNotContain("end").noneMatch(event -> event.startsWith("end"));
  }
}
