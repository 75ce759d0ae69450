package dev.rex.dsl;

import static dev.rex.dsl.DSL.insertInto;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.update;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.backticks;
import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.spi.Dialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ImmutabilityTest {

  private static final String BASE =
      "select \"track\".\"name\" from \"track\" join \"album\" on \"track\".\"album_id\" ="
          + " \"album\".\"album_id\"";

  private static SelectOnConditionStep<Record1<String>> base() {
    return select(TRACK.NAME).from(TRACK).join(ALBUM).on(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID));
  }

  @Test
  void leavesASelectStepUnchangedWhenDerivingFromIt() {
    var base = base();
    RenderedQuery before = base.render(PG);

    var filtered = base.where(TRACK.GENRE_ID.eq(1));
    var extended = base.and(ALBUM.TITLE.eq("x"));
    var joined = base.join(ARTIST).on(ARTIST.ARTIST_ID.eq(ALBUM.ARTIST_ID));
    var ordered = filtered.orderBy(TRACK.NAME).limit(3);
    filtered.and(TRACK.BYTES.gt(1));

    assertThat(base.render(PG).sql()).isEqualTo(before.sql()).isEqualTo(BASE);
    assertThat(base.render(PG).bindValues()).isEmpty();
    assertThat(filtered.render(PG).sql()).isEqualTo(BASE + " where \"track\".\"genre_id\" = ?");
    assertThat(extended.render(PG).sql()).contains("on (\"track\".\"album_id\" =").endsWith("= ?)");
    assertThat(joined.render(PG).sql()).endsWith("\"album\".\"artist_id\"");
    assertThat(ordered.render(PG).bindValues()).containsExactly(1, 3);
    assertThat(filtered.render(PG).bindValues()).containsExactly(1);
  }

  @Test
  void leavesInsertAndUpdateStepsUnchangedWhenDerivingFromThem() {
    var firstRow = insertInto(ARTIST).set(ARTIST.NAME, "a").newRecord();
    var b = firstRow.set(ARTIST.NAME, "b");
    var c = firstRow.set(ARTIST.NAME, "c");
    assertThat(b.render(PG).bindValues()).containsExactly("a", "b");
    assertThat(c.render(PG).bindValues()).containsExactly("a", "c");
    assertThat(firstRow.render(PG).bindValues()).containsExactly("a");

    var set = update(TRACK).set(TRACK.NAME, "n");
    var one = set.where(TRACK.TRACK_ID.eq(1));
    var two = set.set(TRACK.BYTES, 2).where(TRACK.TRACK_ID.eq(2));
    assertThat(set.render(PG).sql()).isEqualTo("update \"track\" set \"name\" = ?");
    assertThat(one.render(PG).bindValues()).containsExactly("n", 1);
    assertThat(two.render(PG).bindValues()).containsExactly("n", 2, 2);
  }

  @Test
  void buildsIndependentQueriesFromASharedStepInManyThreads() throws Exception {
    var base = base();
    int tasks = 2_000;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        int n = i;
        Callable<String> task =
            () -> {
              start.await();
              return check(base, n);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      for (Future<String> result : results) {
        String failure = result.get(1, TimeUnit.MINUTES);
        if (failure != null) {
          failures.add(failure);
        }
      }
      assertThat(failures).isEmpty();
    } finally {
      pool.shutdownNow();
    }
    assertThat(base.render(PG).sql()).isEqualTo(BASE);
  }

  /** Builds and renders query {@code n}; returns what was wrong with it, or null. */
  private static String check(SelectOnConditionStep<Record1<String>> base, int n) {
    Dialect dialect = n % 2 == 0 ? PG : SQLITE;
    List<Integer> genres = new ArrayList<>();
    for (int g = 0; g <= n % 3; g++) {
      genres.add(n + g);
    }
    var query =
        base.where(TRACK.GENRE_ID.in(genres))
            .and(TRACK.NAME.like("n" + n))
            .orderBy(TRACK.NAME)
            .limit(n);
    RenderedQuery rendered = query.render(dialect);
    String placeholders = String.join(", ", Collections.nCopies(genres.size(), "?"));
    String expectedSql =
        BASE
            + " where (\"track\".\"genre_id\" in ("
            + placeholders
            + ") and \"track\".\"name\" like ?) order by \"track\".\"name\" limit ?";
    List<Object> expectedBinds = new ArrayList<>(genres);
    expectedBinds.add("n" + n);
    expectedBinds.add(n);
    if (dialect == SQLITE) {
      expectedSql = backticks(expectedSql);
    }
    if (!rendered.sql().equals(expectedSql) || !rendered.bindValues().equals(expectedBinds)) {
      return n + ": " + rendered;
    }
    return null;
  }
}
