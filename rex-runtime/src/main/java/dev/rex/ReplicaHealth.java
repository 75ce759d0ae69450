package dev.rex;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Rex#replicaHealth} found on one replica.
 *
 * @param url the replica's URL, without credentials
 * @param reachable whether a connection was had and passed the driver's validity check
 * @param lag how far the replica's replay is behind the primary (zero when it has replayed all it
 *     received), or null when unreachable or when the dialect cannot tell
 * @param problem why it is unreachable, or null
 * @param skipped whether reads currently skip it after a failure
 */
public record ReplicaHealth(
    String url,
    boolean reachable,
    @Nullable Duration lag,
    @Nullable String problem,
    boolean skipped) {}
