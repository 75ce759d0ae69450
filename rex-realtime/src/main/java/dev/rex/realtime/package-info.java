/**
 * Lossless change streams from the database: {@link dev.rex.realtime.Realtime} reads the change log
 * that Rex's triggers write (see {@link dev.rex.realtime.RealtimeSchema}) and delivers each
 * committed change once, in order, to typed {@link dev.rex.realtime.ChangeListener}s, resumable
 * from a {@link dev.rex.realtime.ChangePosition}. {@code dev.rex.realtime.http} serves the same
 * streams over WebSocket and Server-Sent Events.
 */
@NullMarked
package dev.rex.realtime;

import org.jspecify.annotations.NullMarked;
