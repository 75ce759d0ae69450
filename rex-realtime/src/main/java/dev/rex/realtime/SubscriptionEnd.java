package dev.rex.realtime;

import org.jspecify.annotations.Nullable;

/**
 * Why a subscription ended, and where to resume: subscribing again {@linkplain ChangeStream#after
 * after} {@code resumeAfter} loses nothing, except after {@link Reason#RESYNC_REQUIRED}, when the
 * changes since the subscriber's position were pruned and it must reload its state first.
 *
 * @param reason why
 * @param resumeAfter the last position delivered (or, for a resync, the position to resume after
 *     once the state is reloaded)
 * @param failure what failed, for {@link Reason#LISTENER_FAILED} and {@link Reason#READ_FAILED}
 */
public record SubscriptionEnd(
    Reason reason, ChangePosition resumeAfter, @Nullable Throwable failure) {

  /** Why a subscription ended. */
  public enum Reason {
    /** {@link ChangeSubscription#cancel()} was called. */
    CANCELLED,
    /** The subscriber fell more than its queue's capacity behind and was cut off. */
    TOO_SLOW,
    /**
     * The subscriber asked for changes the log no longer holds (pruned by retention): reload the
     * data, then subscribe after {@code resumeAfter}.
     */
    RESYNC_REQUIRED,
    /** The listener threw; the other subscribers were not affected. */
    LISTENER_FAILED,
    /** The log could not be read for this subscriber; resume after {@code resumeAfter}. */
    READ_FAILED,
    /** The {@link Realtime} was closed. */
    CLOSED
  }
}
