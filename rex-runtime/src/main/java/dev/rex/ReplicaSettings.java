package dev.rex;

import dev.rex.dsl.spi.Dialects;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Read replicas of the primary database that {@link Rex#connect} opens pools for: reads that are
 * marked read-only ({@link Rex#readOnly()}, and transactions with {@link
 * TransactionOptions#readOnly()}) go to a replica, everything else to the primary. Immutable; set
 * with {@link RexSettings#withReplicas}.
 *
 * <p>A replica that cannot give a connection within {@link #connectionTimeout()} is skipped for
 * {@link #retryAfter()}, and its reads go to the next replica or, when none is left, to the primary
 * (logged at WARN once each time a replica is skipped). Each replica's pool has the primary's size,
 * credentials and pool settings, and opens no connection before the first read, so that a replica
 * that is down does not stop the application from starting.
 *
 * @param urls the replicas' JDBC URLs, tried in turn
 * @param connectionTimeout how long a read waits for a replica's connection before it falls back
 * @param retryAfter how long a replica that failed is left out
 */
public record ReplicaSettings(List<String> urls, Duration connectionTimeout, Duration retryAfter) {

  /** Checks the values. */
  public ReplicaSettings {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("Name at least one replica URL.");
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException(
          "A replica's connection timeout must be at least 250 ms (HikariCP's floor), not "
              + connectionTimeout);
    }
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter cannot be negative: " + retryAfter);
    }
  }

  /** {@code urls} with a 2-second connection timeout, a failed replica left out for 10 seconds. */
  public static ReplicaSettings of(String... urls) {
    return new ReplicaSettings(List.of(urls), Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  /** A copy that waits {@code timeout} for a replica's connection before falling back. */
  public ReplicaSettings withConnectionTimeout(Duration timeout) {
    return new ReplicaSettings(urls, timeout, retryAfter);
  }

  /** The settings, with the URLs' credentials left out. */
  @Override
  public String toString() {
    return "ReplicaSettings[urls="
        + urls.stream().map(Dialects::redact).toList()
        + ", connectionTimeout="
        + connectionTimeout
        + ", retryAfter="
        + retryAfter
        + "]";
  }

  /** A copy that leaves a failed replica out for {@code pause}. */
  public ReplicaSettings withRetryAfter(Duration pause) {
    return new ReplicaSettings(urls, connectionTimeout, pause);
  }
}
