package dev.rex.micrometer;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.cache.CacheEvent;
import dev.rex.cache.CacheListener;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import dev.rex.plugin.RexPlugin;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rex's metrics in a Micrometer registry, as a {@link RexPlugin}. On the class path it is found by
 * ServiceLoader and reports to {@link Metrics#globalRegistry}; {@code RexSettings.withPlugin(new
 * RexMetrics(registry))} reports to another registry instead.
 *
 * <ul>
 *   <li>{@code rex.statements}: a timer per statement, tagged {@code kind} ({@code query}, {@code
 *       update}, {@code batch}) and {@code outcome} ({@code success}, {@code failure});
 *   <li>{@code rex.cache.requests}: a counter of result-cache lookups, tagged {@code result}
 *       ({@code hit}, {@code miss}), and {@code rex.cache.invalidations};
 *   <li>HikariCP's own pool metrics ({@code hikaricp.connections.*}), for a pool {@link
 *       Rex#connect} opened.
 * </ul>
 *
 * The statement and cache meters are shared by every {@code Rex} that reports to one registry: they
 * count for the application, not per database.
 */
public final class RexMetrics implements RexPlugin {

  private static final Logger LOG = LoggerFactory.getLogger(RexMetrics.class);

  private final MeterRegistry registry;

  /** Reports to Micrometer's global registry: the instance ServiceLoader makes. */
  public RexMetrics() {
    this(Metrics.globalRegistry);
  }

  /** Reports to {@code registry}. */
  public RexMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public String name() {
    return "micrometer";
  }

  @Override
  public RexSettings configure(RexSettings settings) {
    return settings.withListener(new StatementTimers()).withCacheListener(new CacheCounters());
  }

  /** Hands HikariCP's metrics to the registry, for a pool {@code Rex.connect} opened. */
  @Override
  public void start(Rex db) {
    if (db.dataSource() instanceof HikariDataSource pool) {
      try {
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
      } catch (IllegalStateException e) {
        LOG.info("HikariCP's pool '{}' reports its metrics already: {}", pool.getPoolName(), e);
      }
    }
  }

  /** Times statements by kind and outcome. */
  private final class StatementTimers implements ExecuteListener {

    private final Map<ExecuteContext.Kind, Timer> successes =
        new EnumMap<>(ExecuteContext.Kind.class);
    private final Map<ExecuteContext.Kind, Timer> failures =
        new EnumMap<>(ExecuteContext.Kind.class);

    StatementTimers() {
      for (ExecuteContext.Kind kind : ExecuteContext.Kind.values()) {
        successes.put(kind, timer(kind, "success"));
        failures.put(kind, timer(kind, "failure"));
      }
    }

    private Timer timer(ExecuteContext.Kind kind, String outcome) {
      return Timer.builder("rex.statements")
          .description("Statements Rex ran, by kind and outcome")
          .tag("kind", kind.name().toLowerCase(Locale.ROOT))
          .tag("outcome", outcome)
          .register(registry);
    }

    @Override
    public void executeEnd(ExecuteContext context) {
      record(successes, context);
    }

    @Override
    public void exception(ExecuteContext context) {
      record(failures, context);
    }

    private void record(Map<ExecuteContext.Kind, Timer> timers, ExecuteContext context) {
      Timer timer = timers.get(context.kind());
      if (timer != null) {
        timer.record(context.elapsed().toNanos(), TimeUnit.NANOSECONDS);
      }
    }
  }

  /** Counts result-cache hits, misses and invalidations. */
  private final class CacheCounters implements CacheListener {

    private final Counter hits = request("hit");
    private final Counter misses = request("miss");
    private final Counter invalidations =
        Counter.builder("rex.cache.invalidations")
            .description("Times Rex dropped cached results after a write")
            .register(registry);

    private Counter request(String result) {
      return Counter.builder("rex.cache.requests")
          .description("Result-cache lookups, by result")
          .tag("result", result)
          .register(registry);
    }

    @Override
    public void hit(CacheEvent event) {
      hits.increment();
    }

    @Override
    public void miss(CacheEvent event) {
      misses.increment();
    }

    @Override
    public void invalidated(Set<String> tables) {
      invalidations.increment();
    }
  }
}
