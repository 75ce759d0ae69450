package dev.rex.examples.plugin;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import dev.rex.plugin.RexPlugin;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example of docs/plugins.md: a statement-count metric. It counts the statements of each kind
 * that the databases it is given run, the failures and the time spent, and logs a summary when a
 * database closes.
 *
 * <pre>{@code
 * StatementStatsPlugin stats = new StatementStatsPlugin();
 * try (Rex db = Rex.connect(url, RexSettings.defaults().withPlugin(stats))) {
 *   ...
 *   System.out.println(stats.snapshot());
 * }
 * }</pre>
 */
public final class StatementStatsPlugin implements RexPlugin {

  private static final Logger LOG = LoggerFactory.getLogger(StatementStatsPlugin.class);

  private final Map<ExecuteContext.Kind, LongAdder> statements =
      new EnumMap<>(ExecuteContext.Kind.class);
  private final LongAdder failures = new LongAdder();
  private final AtomicLong nanos = new AtomicLong();

  public StatementStatsPlugin() {
    for (ExecuteContext.Kind kind : ExecuteContext.Kind.values()) {
      statements.put(kind, new LongAdder());
    }
  }

  /** What was counted so far. */
  public record Snapshot(long queries, long updates, long batches, long failures, Duration time) {}

  @Override
  public String name() {
    return "statement-stats";
  }

  /** Runs after other plugins' listeners, so that its time includes theirs. */
  @Override
  public int order() {
    return 100;
  }

  @Override
  public RexSettings configure(RexSettings settings) {
    return settings.withListener(
        new ExecuteListener() {
          @Override
          public void executeEnd(ExecuteContext context) {
            count(context);
          }

          @Override
          public void exception(ExecuteContext context) {
            failures.increment();
            count(context);
          }
        });
  }

  private void count(ExecuteContext context) {
    statements.get(context.kind()).increment();
    nanos.addAndGet(context.elapsed().toNanos());
  }

  @Override
  public void close(Rex db) {
    LOG.info("{}: {}", db, snapshot());
  }

  /** The counts so far. */
  public Snapshot snapshot() {
    return new Snapshot(
        statements.get(ExecuteContext.Kind.QUERY).sum(),
        statements.get(ExecuteContext.Kind.UPDATE).sum(),
        statements.get(ExecuteContext.Kind.BATCH).sum(),
        failures.sum(),
        Duration.ofNanos(nanos.get()));
  }
}
