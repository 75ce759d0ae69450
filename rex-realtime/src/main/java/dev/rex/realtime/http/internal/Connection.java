package dev.rex.realtime.http.internal;

/** An open SSE stream or WebSocket, as the handler keeps track of it. */
interface Connection {

  /** Keeps the connection alive: an SSE comment line, a WebSocket ping. */
  void heartbeat();

  /** Ends the connection's subscriptions and closes it: the server stops. */
  void shutdown();
}
