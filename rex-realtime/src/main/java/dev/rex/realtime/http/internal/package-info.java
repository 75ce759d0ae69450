/**
 * How {@code dev.rex.realtime.http} works inside: the Jetty handler, the SSE and WebSocket
 * connections with their bounded write queues, filters parsed from text, and the JSON of a change.
 */
@NullMarked
package dev.rex.realtime.http.internal;

import org.jspecify.annotations.NullMarked;
