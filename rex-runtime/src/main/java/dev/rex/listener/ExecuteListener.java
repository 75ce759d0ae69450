package dev.rex.listener;

import java.util.List;
import java.util.function.Consumer;

/**
 * Called around every statement Rex executes. Every method has a no-op default, so a listener
 * overrides only what it needs; each receives one {@link ExecuteContext}, so adding information
 * later never breaks a listener.
 *
 * <p>Listeners run on the executing thread and must be thread-safe. An exception thrown by a
 * listener propagates to the caller.
 */
public interface ExecuteListener {

  /** Before the statement is sent; the SQL and binds are known. */
  default void executeStart(ExecuteContext context) {}

  /** After the statement succeeded and its rows were read. */
  default void executeEnd(ExecuteContext context) {}

  /** After the statement failed; {@link ExecuteContext#exception()} says why. */
  default void exception(ExecuteContext context) {}

  /**
   * The time, in nanoseconds, that a statement which succeeds must exceed for this listener to hear
   * of it; negative (the default) for every statement. A listener that answers zero or more only
   * looks at slow statements and at failures: for such a listener Rex may skip {@code
   * executeStart}, and makes no {@link ExecuteContext} for a statement that succeeds within the
   * time (so a quiet listener costs no allocation per statement); it still calls {@code executeEnd}
   * for a slower statement and {@code exception} for every failure. Asked before each statement, so
   * the answer may change between statements (as a log level can).
   */
  default long quietUpToNanos() {
    return -1;
  }

  /** A listener that only reacts to {@link #executeEnd}. */
  static ExecuteListener onExecuteEnd(Consumer<ExecuteContext> action) {
    return new ExecuteListener() {
      @Override
      public void executeEnd(ExecuteContext context) {
        action.accept(context);
      }
    };
  }

  /** A listener that only reacts to {@link #exception}. */
  static ExecuteListener onException(Consumer<ExecuteContext> action) {
    return new ExecuteListener() {
      @Override
      public void exception(ExecuteContext context) {
        action.accept(context);
      }
    };
  }

  /** One listener that calls each of {@code listeners} in order. */
  static ExecuteListener combine(List<? extends ExecuteListener> listeners) {
    List<ExecuteListener> all = List.copyOf(listeners);
    return new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext context) {
        for (ExecuteListener listener : all) {
          listener.executeStart(context);
        }
      }

      @Override
      public void executeEnd(ExecuteContext context) {
        long elapsed = context.elapsedNanos();
        for (ExecuteListener listener : all) {
          long quiet = listener.quietUpToNanos();
          if (quiet < 0 || elapsed > quiet) {
            listener.executeEnd(context);
          }
        }
      }

      /** Quiet up to the shortest time any of the listeners is, when every one of them is. */
      @Override
      public long quietUpToNanos() {
        long shortest = Long.MAX_VALUE;
        for (ExecuteListener listener : all) {
          long quiet = listener.quietUpToNanos();
          if (quiet < 0) {
            return -1;
          }
          shortest = Math.min(shortest, quiet);
        }
        return all.isEmpty() ? -1 : shortest;
      }

      @Override
      public void exception(ExecuteContext context) {
        for (ExecuteListener listener : all) {
          listener.exception(context);
        }
      }
    };
  }
}
