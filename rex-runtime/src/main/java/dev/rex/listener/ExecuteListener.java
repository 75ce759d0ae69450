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
        for (ExecuteListener listener : all) {
          listener.executeEnd(context);
        }
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
