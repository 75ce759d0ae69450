package dev.rex;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Rex#health()} found: whether the database answered a validity check and how fast, and
 * the state of the pool {@link Rex#connect} opened (each count is -1 for a pool the application
 * passed to {@link Rex#using}, which Rex cannot look into).
 *
 * @param reachable whether a connection was had and passed the driver's validity check
 * @param latency how long taking a connection and checking it took
 * @param problem why the database is not reachable, or null
 * @param activeConnections connections running statements now
 * @param idleConnections connections open and waiting in the pool
 * @param totalConnections all connections the pool holds
 * @param waitingThreads threads waiting for a connection
 */
public record Health(
    boolean reachable,
    Duration latency,
    @Nullable String problem,
    int activeConnections,
    int idleConnections,
    int totalConnections,
    int waitingThreads) {}
