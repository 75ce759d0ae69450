package dev.rex.suites;

import static dev.rex.fixtures.Artist.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.RexSettings;
import dev.rex.dsl.exception.UniqueViolationException;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import dev.rex.testing.DatabaseTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
}
