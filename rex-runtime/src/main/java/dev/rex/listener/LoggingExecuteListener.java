package dev.rex.listener;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs statements through SLF4J, logger {@code dev.rex.sql}: every statement at DEBUG with its
 * binds, row count and time; statements slower than a threshold at WARN; failures at DEBUG (the
 * exception itself reaches the caller, who decides whether it is an error).
 */
public final class LoggingExecuteListener implements ExecuteListener {

  private static final Logger LOG = LoggerFactory.getLogger("dev.rex.sql");

  private final Duration slowThreshold;
  private final long slowThresholdNanos;

  /** A listener that warns about statements slower than {@code slowThreshold}. */
  public LoggingExecuteListener(Duration slowThreshold) {
    this.slowThreshold = slowThreshold;
    this.slowThresholdNanos = saturatedNanos(slowThreshold);
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /**
   * Quiet up to the slow-statement threshold while {@code dev.rex.sql} DEBUG is off (it then logs
   * only slow statements), so that Rex makes no context for the others; every statement otherwise.
   */
  @Override
  public long quietUpToNanos() {
    return LOG.isDebugEnabled() ? -1 : Math.max(0, slowThresholdNanos);
  }

  @Override
  public void executeEnd(ExecuteContext context) {
    long elapsedNanos = context.elapsedNanos();
    if (elapsedNanos > slowThresholdNanos) {
      LOG.warn(
          "Slow statement ({} ms > {} ms): {} binds={} rows={}",
          elapsedNanos / 1_000_000,
          slowThreshold.toMillis(),
          context.sql(),
          context.binds(),
          context.rows());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} binds={} rows={} in {} µs",
          context.sql(),
          context.binds(),
          context.rows(),
          elapsedNanos / 1000);
    }
  }

  @Override
  public void exception(ExecuteContext context) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Failed after {} µs: {} binds={}: {}",
          context.elapsed().toNanos() / 1000,
          context.sql(),
          context.binds(),
          String.valueOf(context.exception()));
    }
  }
}
