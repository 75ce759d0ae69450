/**
 * Change streams over HTTP: {@link dev.rex.realtime.http.RealtimeServer} serves a {@link
 * dev.rex.realtime.Realtime}'s tables to browsers and other clients as Server-Sent Events ({@code
 * GET /realtime/sse/album?artist_id=1}) and over a WebSocket ({@code /realtime/ws}), with a {@link
 * dev.rex.realtime.http.RealtimeAuthorizer} deciding who sees which rows and columns.
 */
@NullMarked
package dev.rex.realtime.http;

import org.jspecify.annotations.NullMarked;
