package dev.rex.realtime;

/** A running subscription: {@link #cancel()} ends it. */
public interface ChangeSubscription extends AutoCloseable {

  /** Ends the subscription; the listener's {@code onEnd} runs with {@code CANCELLED}. */
  void cancel();

  /** Whether changes are still delivered. */
  boolean isActive();

  /** The position of the last change delivered (or the starting position before any). */
  ChangePosition lastDelivered();

  /** Same as {@link #cancel()}. */
  @Override
  default void close() {
    cancel();
  }
}
