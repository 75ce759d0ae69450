package dev.rex.realtime.internal;

/**
 * What tells the reader that the log may have grown: PostgreSQL's NOTIFY on a dedicated LISTEN
 * connection, SQLite's {@code data_version}. Only a hint: the reader also polls.
 */
public interface Wakeups extends AutoCloseable {

  /** Starts watching on a thread of its own. */
  void start();

  /** Stops watching and releases the connection. */
  @Override
  void close();
}
